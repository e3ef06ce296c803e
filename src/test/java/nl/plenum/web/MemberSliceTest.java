package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import nl.plenum.member.MemberView;
import org.junit.jupiter.api.Test;

class MemberSliceTest {

    @Test
    void slicesFiftyAtATimeAndClampsThePage() {
        List<MemberView> all = IntStream.range(0, 429).mapToObj(i -> (MemberView) null).toList();
        MemberSlice first = MemberSlice.of(all, null);
        assertEquals(50, first.rows().size());
        assertEquals(9, first.pages());
        assertFalse(first.hasPrevious());
        assertTrue(first.hasNext());
        MemberSlice last = MemberSlice.of(all, 9);
        assertEquals(29, last.rows().size());
        assertFalse(last.hasNext());
        assertEquals(9, MemberSlice.of(all, 1000).page(), "past the end: the last page");
        assertEquals(1, MemberSlice.of(all, -3).page(), "below 1: the first page");
        assertEquals(1, MemberSlice.of(List.of(), 2).pages(), "an empty list is one empty page");
        assertFalse(MemberSlice.of(List.of(), 2).paged());
        assertEquals("/secretariat/members?page=2&q=s%27+Hertogenbosch%26x", first.href(2, "s' Hertogenbosch&x"));
        assertEquals("/secretariat/members?page=3", first.href(3, ""));
    }
}
