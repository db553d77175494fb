package org.lms.adapter.in.rest.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parsing only; the 416 answer (which needs the Jakarta REST runtime) is covered by LearningFlowIT. */
class ByteRangeTest {

    @Test
    void singleRangesAreClampedToTheFile() {
        assertThat(ByteRange.parse("bytes=10-19", 1000)).contains(new ByteRange(10, 19, 1000));
        assertThat(ByteRange.parse("bytes=990-", 1000)).contains(new ByteRange(990, 999, 1000));
        assertThat(ByteRange.parse("bytes=-100", 1000)).contains(new ByteRange(900, 999, 1000));
        assertThat(ByteRange.parse("bytes=-5000", 1000)).contains(new ByteRange(0, 999, 1000));
        assertThat(ByteRange.parse("bytes=0-5000", 1000).orElseThrow().contentRange()).isEqualTo("bytes 0-999/1000");
    }

    @Test
    void unparsableOrMultipleRangesAreIgnoredAndTheWholeFileIsSent() {
        assertThat(ByteRange.parse(null, 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).isEmpty();
        assertThat(ByteRange.parse("items=0-1", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=-", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=9-3", 1000)).isEmpty();
    }

    @Test
    void contentDispositionOffersAnAsciiFallbackAndTheExactName() {
        assertThat(ContentDisposition.attachment("Week 1 – notes%.pdf"))
                .isEqualTo("attachment; filename=\"Week 1 _ notes_.pdf\"; filename*=UTF-8''Week%201%20%E2%80%93%20notes%25.pdf");
    }
}
