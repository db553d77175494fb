package org.lms.application.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.io.ByteArrayInputStream;
import java.util.HexFormat;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.ProgressView;
import org.lms.application.port.out.FileStoragePort;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.application.port.out.LoadFilePort;
import org.lms.application.port.out.LoadLessonsPort;
import org.lms.application.port.out.LoadProgressPort;
import org.lms.application.port.out.QueryProgressPort;
import org.lms.application.port.out.SaveFilePort;
import org.lms.application.port.out.SaveLessonPort;
import org.lms.application.port.out.SaveProgressPort;
import org.lms.domain.course.CourseId;
import org.lms.domain.enrollment.EnrollmentStatus;
import org.lms.domain.file.FileId;
import org.lms.domain.file.StoredFile;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.progress.CourseProgress;
import org.lms.domain.progress.LessonAlreadyCompletedException;

/** In-memory lessons, files, file bytes and progress with the same contracts as the adapters, for service tests. */
final class InMemoryLearning implements LoadLessonsPort, SaveLessonPort, LoadFilePort, SaveFilePort, FileStoragePort,
        LoadProgressPort, SaveProgressPort, QueryProgressPort {

    private record Key(CourseId course, UserId student) {
    }

    final Map<LessonId, Lesson> lessons = new LinkedHashMap<>();
    final Map<FileId, StoredFile> files = new LinkedHashMap<>();
    final Map<String, byte[]> bytes = new HashMap<>();
    private final Map<Key, Map<LessonId, Instant>> completions = new HashMap<>();
    private final Map<Key, Instant> courseCompletions = new HashMap<>();
    private final LoadEnrollmentPort enrollments;

    InMemoryLearning(LoadEnrollmentPort enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public Optional<Lesson> loadLesson(LessonId id) {
        return Optional.ofNullable(lessons.get(id));
    }

    @Override
    public List<Lesson> loadLessons(CourseId courseId) {
        return lessons.values().stream().filter(l -> l.belongsTo(courseId))
                .sorted(Comparator.comparingInt(Lesson::position)).toList();
    }

    @Override
    public Lesson insertLesson(Lesson lesson) {
        lessons.put(lesson.id(), lesson);
        return lesson;
    }

    @Override
    public List<Lesson> updateLessons(List<Lesson> changed) {
        changed.forEach(l -> lessons.put(l.id(), l));
        return changed;
    }

    @Override
    public void deleteLesson(LessonId id) {
        lessons.remove(id);
        completions.values().forEach(done -> done.remove(id));
    }

    @Override
    public Optional<StoredFile> loadFile(FileId id) {
        return Optional.ofNullable(files.get(id));
    }

    @Override
    public StoredFile insertFile(StoredFile file) {
        files.put(file.id(), file);
        return file;
    }

    @Override
    public StoredContent store(InputStream content) {
        try {
            byte[] data = content.readAllBytes();
            String key = UUID.randomUUID().toString();
            bytes.put(key, data);
            return new StoredContent(key, data.length,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        byte[] data = bytes.get(key);
        return new ByteArrayInputStream(Arrays.copyOfRange(data, (int) offset, (int) (offset + length)));
    }

    @Override
    public void delete(String key) {
        bytes.remove(key);
    }

    @Override
    public StoredProgress loadProgress(CourseId courseId, UserId studentId) {
        Key key = new Key(courseId, studentId);
        return new StoredProgress(completions.getOrDefault(key, Map.of()), Optional.ofNullable(courseCompletions.get(key)));
    }

    @Override
    public void saveProgress(CourseProgress progress) {
        Key key = new Key(progress.courseId(), progress.studentId());
        Map<LessonId, Instant> done = completions.computeIfAbsent(key, k -> new HashMap<>());
        for (CourseProgress.Completion completion : progress.newCompletions()) {
            if (done.putIfAbsent(completion.lessonId(), completion.completedAt()) != null) {
                throw new LessonAlreadyCompletedException(completion.lessonId());
            }
        }
        progress.courseCompletedAt().ifPresent(at -> courseCompletions.putIfAbsent(key, at));
    }

    @Override
    public Page<ProgressView> listProgress(CourseId courseId, PageRequest page) {
        List<ProgressView> all = completions.keySet().stream().filter(k -> k.course().equals(courseId))
                .map(k -> findProgress(courseId, k.student()).orElseThrow()).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), all.size(), page.offset(),
                page.limit());
    }

    @Override
    public Optional<ProgressView> findProgress(CourseId courseId, UserId studentId) {
        return enrollments.loadEnrollment(courseId, studentId).filter(e -> e.status() == EnrollmentStatus.ACTIVE)
                .map(e -> {
                    Key key = new Key(courseId, studentId);
                    Map<LessonId, Instant> done = completions.getOrDefault(key, Map.of());
                    List<Lesson> required = loadLessons(courseId).stream().filter(Lesson::required).toList();
                    long completed = required.stream().filter(l -> done.containsKey(l.id())).count();
                    double percentage = required.isEmpty() ? 0 : Math.round(10000.0 * completed / required.size()) / 100.0;
                    Optional<UUID> next = required.stream().filter(l -> !done.containsKey(l.id())).findFirst()
                            .map(l -> l.id().value());
                    return new ProgressView(courseId.value(), studentId.value(), completed, required.size(), percentage,
                            next, Optional.ofNullable(courseCompletions.get(key)));
                });
    }
}
