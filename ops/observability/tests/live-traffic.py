#!/usr/bin/env python3
"""Drives the traffic of the live application test the way real users would, through the public API
only (bearer tokens from POST /api/v1/auth/login, accounts confirmed with the token of the
verification mail).

  live-traffic.py setup STATE.json   the bootstrap admin signs in; an instructor and four students
                                     register, confirm their email (mail read from MAIL_DIR, written by
                                     smtp-sink.py) and sign in; the admin grants the instructor role;
                                     the instructor creates and publishes two courses with a video, a
                                     text, an essay (completed when handed in), a project (completed
                                     by a passing grade) and a quiz lesson and uploads a file; the
                                     students enroll, complete lessons, hand in assignments and take
                                     quizzes; the instructor grades every submission awaiting grading
                                     (one student passes everything and completes both courses, so
                                     certificates are issued; another fails a quiz once, and two get
                                     failing grades), one drops a course; the admin revokes one
                                     certificate; plus the usual client errors (401, 403, 404, 409,
                                     429 from the auth rate limit, a failed sign-in and an account
                                     lockout)
  live-traffic.py round STATE.json N N rounds of reads by every user, a few client errors, and
                                     grading: the instructor grades what is awaiting (failed), then
                                     the two students hand their project in again, so grades (and
                                     their delays) keep coming while the traffic runs

Env: LMS_URL (e.g. http://127.0.0.1:9180), MAIL_DIR, LMS_ADMIN_EMAIL, LMS_ADMIN_PASSWORD.
Each user speaks from its own client address (X-Forwarded-For; the test server trusts 127.0.0.1 as
its proxy), as separate people behind a reverse proxy would, so the per-address auth limit of
production applies to each of them. Prints the count of every HTTP status it got ("setup: 200x25
201x22 ..."); exits 1 when a step that later checks rely on fails.
"""
import collections
import email
import glob
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
import uuid

URL = os.environ["LMS_URL"].rstrip("/")
MAIL_DIR = os.environ.get("MAIL_DIR", "")
PASSWORD = "Live-Test-Pass-2026"
TOKEN = re.compile(r"^([A-Za-z0-9_-]{43})$", re.M)
COURSES = "/api/v1/courses"
statuses = collections.Counter()


class StepFailed(Exception):
    pass


def call(method, path, user=None, body=None, content_type="application/json", address=None, expect=None):
    """One request; answers (status, parsed JSON or None). With expect, a different status fails the step."""
    headers = {"X-Forwarded-For": address or (user or {}).get("address", "198.51.100.250")}
    if user and user.get("access"):
        headers["Authorization"] = "Bearer " + user["access"]
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers["Content-Type"] = content_type
    request = urllib.request.Request(URL + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=20) as r:
            status, raw = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, raw = e.code, e.read()
    statuses[status] += 1
    try:
        parsed = json.loads(raw) if raw else None
    except ValueError:
        parsed = None
    if expect is not None and status != expect:
        raise StepFailed(f"{method} {path}: expected {expect}, got {status}: {raw[:300]!r}")
    return status, parsed


def mail_token(address, subject, seconds=30):
    """The token of the newest mail to address whose subject contains subject."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        for path in sorted(glob.glob(os.path.join(MAIL_DIR, "*.eml")), key=lambda p: -int(os.path.basename(p)[:-4])):
            message = email.message_from_bytes(open(path, "rb").read())
            if address.lower() not in message.get("X-Rcpt-To", "").lower() or subject not in message.get("Subject", ""):
                continue
            for part in message.walk():
                if part.get_content_type() == "text/plain":
                    found = TOKEN.search(part.get_payload(decode=True).decode("utf-8", "replace").replace("\r", ""))
                    if found:
                        return found.group(1)
        time.sleep(0.2)
    raise StepFailed(f"no mail '{subject}' to {address} in {MAIL_DIR} within {seconds} s")


def sign_in(user):
    _, tokens = call("POST", "/api/v1/auth/login", user, {"email": user["email"], "password": user["password"]}, expect=200)
    user["access"] = tokens["accessToken"]


def new_user(name, address):
    user = {"email": f"live-{name}-{uuid.uuid4().hex[:8]}@lms.example.org", "password": PASSWORD, "address": address}
    _, created = call("POST", "/api/v1/auth/register", user,
                      {"email": user["email"], "name": f"Live {name}", "password": PASSWORD}, expect=201)
    user["id"] = created["id"]
    call("POST", "/api/v1/auth/verify-email", user, {"token": mail_token(user["email"], "Confirm your email")}, expect=204)
    return user


def course_with_lessons(instructor, title):
    code = "LIVE-" + uuid.uuid4().hex[:6].upper()
    _, course = call("POST", COURSES, instructor, {"code": code, "title": title, "description": "created by live-app"}, expect=201)
    lessons = f"{COURSES}/{course['id']}/lessons"
    ids = {}
    for kind, body in (("video", {"title": "Welcome", "type": "VIDEO", "videoUrl": "https://video.example.org/welcome.mp4",
                                  "durationSeconds": 300}),
                       ("text", {"title": "Reading", "type": "TEXT", "text": "Read me"}),
                       ("essay", {"title": "Essay", "type": "ASSIGNMENT", "instructions": "Write one page.",
                                  "dueAt": "2030-01-01T00:00:00Z"}),
                       ("project", {"title": "Project", "type": "ASSIGNMENT", "instructions": "Build and explain a model.",
                                    "dueAt": "2030-01-01T00:00:00Z", "completionRule": "GRADED", "passScore": 60})):
        ids[kind] = call("POST", lessons, instructor, body, expect=201)[1]["id"]
    ids["quiz"] = call("POST", lessons, instructor, {"title": "Check", "type": "QUIZ", "quizId": str(uuid.uuid4())},
                       expect=201)[1]["id"]
    call("PUT", f"{lessons}/{ids['quiz']}/quiz", instructor, QUIZ, expect=201)
    call("POST", f"{COURSES}/{course['id']}/publish", instructor, expect=200)
    return {"id": course["id"], "lessons": ids}


QUIZ = {"passMarkPercent": 60, "timeLimitSeconds": 600, "maxAttempts": 3, "scoringPolicy": "HIGHEST",
        "shuffle": True, "revealAnswers": True,
        "questions": [{"type": "SINGLE_CHOICE", "prompt": "Capital of France?", "options": ["Lyon", "Paris", "Nice"],
                       "correctOptions": [1]},
                      {"type": "TRUE_FALSE", "prompt": "The sky is green.", "correctValue": False}]}


def take_quiz(student, course, right):
    """Starts an attempt at the course's quiz, answers both questions rightly or wrongly, submits."""
    _, attempt = call("POST", f"{COURSES}/{course['id']}/lessons/{course['lessons']['quiz']}/quiz/attempts", student,
                      expect=201)
    for question in attempt["questions"]:
        if question["type"] == "SINGLE_CHOICE":
            answer = {"selected": [next(o["index"] for o in question["options"] if (o["text"] == "Paris") == right)]}
        else:
            answer = {"value": not right}
        call("PUT", f"/api/v1/quiz-attempts/{attempt['id']}/answers/{question['id']}", student, answer, expect=200)
    call("POST", f"/api/v1/quiz-attempts/{attempt['id']}/submission", student, expect=200)


def hand_in(student, course, kind):
    call("POST", f"{COURSES}/{course['id']}/lessons/{course['lessons'][kind]}/submission?filename={kind}.txt", student,
         f"My {kind}".encode(), "text/plain", expect=200)


def complete(student, course, kinds):
    """Completes the lessons of kinds; a project is only handed in (its passing grade completes it)."""
    lessons = f"{COURSES}/{course['id']}/lessons"
    for kind in kinds:
        if kind in ("essay", "project"):
            hand_in(student, course, kind)
        elif kind == "quiz":
            take_quiz(student, course, right=True)
        else:
            call("POST", f"{lessons}/{course['lessons'][kind]}/completion", student, expect=200)


def grade_awaiting(state):
    """The instructor works through each course's submissions awaiting grading, oldest first: the first
    student's submissions pass (the project's pass completes its GRADED lesson, and so the course),
    everybody else's fail."""
    instructor, best = state["instructor"], state["students"][0]["id"]
    for c in state["courses"]:
        _, page = call("GET", f"{COURSES}/{c['id']}/submissions?status=awaiting&limit=100", instructor, expect=200)
        for submission in page["items"]:
            grade = {"score": 85, "feedback": "Well argued."} if submission["studentId"] == best else \
                {"score": 35, "feedback": "Cite your sources and hand in again."}
            call("PUT", f"/api/v1/submissions/{submission['id']}/grade", instructor, grade, expect=200)


def certificates(user):
    return call("GET", "/api/v1/me/certificates", user, expect=200)[1]["items"]


def client_errors(state):
    student, instructor = state["students"][0], state["instructor"]
    call("GET", f"{COURSES}/{uuid.uuid4()}", student)                          # 404 unknown course
    call("GET", "/api/v1/no-such-route", student)                              # 404 unmatched route
    call("GET", "/api/v1/me/enrollments")                                      # 401 no token
    call("POST", COURSES, student, {"code": "NOPE-1", "title": "Not mine"})    # 403 student may not create
    call("GET", "/api/v1/admin/security-events", instructor)                   # 403 admins only
    call("POST", f"{COURSES}/{state['courses'][0]['id']}/enrollments", student)  # 409 enrolled already


def setup(state_path):
    admin = {"email": os.environ["LMS_ADMIN_EMAIL"], "password": os.environ["LMS_ADMIN_PASSWORD"], "address": "198.51.100.1"}
    sign_in(admin)
    instructor = new_user("instructor", "198.51.100.2")
    call("PUT", f"/api/v1/admin/users/{instructor['id']}/roles/INSTRUCTOR", admin, expect=200)
    sign_in(instructor)
    students = [new_user(f"student{i}", f"198.51.100.{10 + i}") for i in range(4)]
    for s in students:
        sign_in(s)
    courses = [course_with_lessons(instructor, title) for title in ("Live graphs", "Live databases")]
    _, uploaded = call("POST", f"{COURSES}/{courses[0]['id']}/files?filename=notes.txt", instructor,
                       b"Week 1 notes\n" * 200, "text/plain", expect=201)
    state = {"admin": admin, "instructor": instructor, "students": students, "courses": courses, "file": uploaded["id"]}
    for s in students:
        for c in courses:
            call("POST", f"{COURSES}/{c['id']}/enrollments", s, expect=201)
    complete(students[0], courses[0], ("video", "essay", "text", "quiz", "project"))   # graded below: certificate
    complete(students[0], courses[1], ("video", "essay", "text", "quiz", "project"))   # certificate, revoked below
    complete(students[1], courses[0], ("video", "text", "project"))
    take_quiz(students[1], courses[0], right=False)
    complete(students[2], courses[0], ("video",))
    complete(students[2], courses[1], ("essay", "project"))
    grade_awaiting(state)   # the passing projects complete the first student's courses
    call("DELETE", f"{COURSES}/{courses[1]['id']}/enrollments/{students[3]['id']}", students[3], expect=204)
    call("GET", f"/api/v1/files/{uploaded['id']}/content", students[1], expect=200)
    call("POST", "/api/v1/auth/password-reset", students[3], {"email": students[3]["email"]})
    client_errors(state)
    # A wrong password, then one account locked out (five failures), then the auth limit of one address.
    call("POST", "/api/v1/auth/login", students[1], {"email": students[1]["email"], "password": "Wrong-Pass-1"}, expect=401)
    victim = f"live-nobody-{uuid.uuid4().hex[:8]}@lms.example.org"
    for _ in range(6):
        call("POST", "/api/v1/auth/login", address="198.51.100.30", body={"email": victim, "password": "Wrong-Pass-1"})
    for _ in range(12):
        call("POST", "/api/v1/auth/refresh", address="198.51.100.31", body={"refreshToken": "not-a-token"})
    # Certificates are issued by the job queue, on its own time.
    deadline = time.time() + 60
    while len(certificates(students[0])) < 2:
        if time.time() > deadline:
            raise StepFailed("no two certificates issued within 60 s of the completions")
        time.sleep(1)
    code = next(c["code"] for c in certificates(students[0]) if c["courseId"] == courses[1]["id"])
    call("POST", f"/api/v1/certificates/{code}/revocation", admin, {"reason": "Issued in error"}, expect=200)
    call("GET", f"/api/v1/certificates/verify/{code}", expect=200)
    with open(state_path, "w") as f:
        json.dump(state, f)


def rounds(state_path, n):
    state = json.load(open(state_path))
    instructor = state["instructor"]
    for _ in range(n):
        call("GET", COURSES)
        for c in state["courses"]:
            call("GET", f"{COURSES}/{c['id']}")
            call("GET", f"{COURSES}/{c['id']}/lessons", instructor)
            call("GET", f"{COURSES}/{c['id']}/progress", instructor)
            call("GET", f"{COURSES}/{c['id']}/engagement", instructor)
        call("GET", f"/api/v1/instructors/{instructor['id']}/workload", instructor)
        call("GET", f"{COURSES}/{state['courses'][0]['id']}/submissions?status=graded", instructor)
        for s in state["students"]:
            call("GET", "/api/v1/me/enrollments", s)
            call("GET", "/api/v1/me/submissions", s)
            call("GET", "/api/v1/me/engagement", s)
            call("GET", "/api/v1/me/certificates", s)
            call("GET", f"{COURSES}/{state['courses'][0]['id']}/progress/{s['id']}", s)
        call("GET", f"/api/v1/files/{state['file']}/content", state["students"][1])
        call("GET", "/api/v1/account", state["admin"])
        client_errors(state)
        # Graded first, handed in after, so each hand-in waits about a round and the last ones stay
        # awaiting grading.
        grade_awaiting(state)
        hand_in(state["students"][1], state["courses"][0], "project")
        hand_in(state["students"][2], state["courses"][1], "project")


def main():
    command, state_path = sys.argv[1], sys.argv[2]
    try:
        if command == "setup":
            setup(state_path)
        else:
            rounds(state_path, int(sys.argv[3]))
    except StepFailed as e:
        print(f"{command}: step failed: {e}")
        print(f"{command}: " + " ".join(f"{s}x{n}" for s, n in sorted(statuses.items())))
        sys.exit(1)
    print(f"{command}: " + " ".join(f"{s}x{n}" for s, n in sorted(statuses.items())))


if __name__ == "__main__":
    main()
