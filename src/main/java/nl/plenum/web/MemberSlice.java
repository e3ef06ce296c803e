package nl.plenum.web;

import java.util.List;
import nl.plenum.member.MemberView;

/**
 * One page of the member list (issue 11.6): 429 members in one table was 196 kB of HTML. {@code page}
 * counts from 1; a page past the end shows the last one, a page below 1 the first.
 */
public record MemberSlice(List<MemberView> rows, int page, int pages, int total) {

    public static final int SIZE = 50;

    public static MemberSlice of(List<MemberView> all, Integer asked) {
        int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int page = asked == null ? 1 : Math.min(Math.max(asked, 1), pages);
        int from = (page - 1) * SIZE;
        return new MemberSlice(all.subList(from, Math.min(all.size(), from + SIZE)), page, pages, all.size());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    /** The list's address for another page, keeping the search. */
    public String href(int target, String query) {
        String q = query == null || query.isBlank() ? "" : "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
        return "/secretariat/members?page=" + target + q;
    }

    public boolean paged() {
        return pages > 1;
    }
}
