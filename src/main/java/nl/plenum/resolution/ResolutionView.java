package nl.plenum.resolution;

/** A resolution with its Markdown text and that text rendered as safe HTML. */
public record ResolutionView(long id, long assemblyId, String agendaItem, String title, String text, ResolutionStatus status, String html) {

    static ResolutionView of(Resolution resolution) {
        return new ResolutionView(resolution.id, resolution.assemblyId, resolution.agendaItem, resolution.title, resolution.text,
                resolution.status, MarkdownText.toHtml(resolution.text));
    }
}
