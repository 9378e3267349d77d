package org.dissentgraph.guide;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dissentgraph.neo4j.CypherFiles;

/**
 * The Neo4j Browser guide ({@code :guide http://localhost:8080/guide}): slides that walk through the
 * model and run the queries of {@code cypher/queries/guide-*.cypher}, the same files a person can
 * paste into Browser.
 */
@Controller("/guide")
@Tag(name = "guide")
class GuideController {

    record Slide(String title, String file) {}

    static final List<Slide> SLIDES = List.of(
            new Slide("The model", "guide-0-model"),
            new Slide("Who criticized whom at the Eleventh Congress", "guide-1-eleventh-congress"),
            new Slide("What followed Kossior's complaint", "guide-2-after-kossior"),
            new Slide("The Workers' Opposition: members and fates", "guide-3-workers-opposition-fates"),
            new Slide("The rule checks", "guide-4-rule-checks"),
            new Slide("Faction membership in mid-1921", "guide-5-factions-mid-1921"),
            new Slide("From Kollontai to Stalin", "guide-6-kollontai-to-stalin"),
            new Slide("Penalties by kind and year", "guide-7-penalties-by-kind-and-year"),
            new Slide("The sources behind one claim", "guide-8-sources-of-a-claim"),
            new Slide("Fates of a cohort: the signatories of the 46", "guide-9-cohort-fates"),
            new Slide(
                    "The Declaration of the 46: each signature and its chain of claims",
                    "guide-10-declaration-of-46-chains"));

    /** One guide query: its explanation, its {@code :param} commands and the Cypher itself. */
    record GuideQuery(String text, List<String> params, String cypher) {

        static GuideQuery parse(String file) {
            StringBuilder text = new StringBuilder();
            List<String> params = new java.util.ArrayList<>();
            StringBuilder cypher = new StringBuilder();
            for (String line : file.split("\n")) {
                if (cypher.isEmpty() && line.startsWith("// :param ")) {
                    params.add(line.substring(3).strip());
                } else if (cypher.isEmpty() && line.startsWith("//")) {
                    text.append(line.substring(2).strip()).append(' ');
                } else if (!line.isBlank() || !cypher.isEmpty()) {
                    cypher.append(line).append('\n');
                }
            }
            return new GuideQuery(
                    text.toString().strip(),
                    List.copyOf(params),
                    cypher.toString().strip());
        }
    }

    static GuideQuery query(Slide slide) {
        return GuideQuery.parse(CypherFiles.get("queries/" + slide.file()));
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            summary = "Neo4j Browser guide",
            description = "Play it in Neo4j Browser with :guide http://localhost:8080/guide")
    String guide() {
        StringBuilder html = new StringBuilder("""
                <article class="guide">
                  <carousel class="deck container-fluid">
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>Dissent Graph: who criticized whom, and with what consequence</h3>
                        <p>Persons, factions, congresses and party organs of the Russian Communist Party, 1918&ndash;1938, with
                        their criticisms and the penalties that followed. Every claim is a node or relationship that
                        <code>CITES</code> its sources, with its dates as the source gives them (EDTF) and their range
                        (<code>earliest</code>, <code>latest</code>). Click a grey block to put its query in the editor, then run it.</p>
                        <p>Style the graph: drag <code>cypher/dissent-graph.grass</code> onto the Browser (or run <code>:style</code>
                        and drop the file there).</p>
                      </div>
                    </slide>
                """);
        for (Slide slide : SLIDES) {
            GuideQuery q = query(slide);
            html.append("    <slide class=\"row-fluid\">\n      <div class=\"col-sm-12\">\n        <h3>")
                    .append(escape(slide.title()))
                    .append("</h3>\n        <p>")
                    .append(escape(q.text()))
                    .append("</p>\n");
            for (String param : q.params()) {
                html.append("        <pre class=\"pre-scrollable code runnable\">")
                        .append(escape(param))
                        .append("</pre>\n");
            }
            html.append("        <pre class=\"pre-scrollable code runnable\">")
                    .append(escape(q.cypher()))
                    .append("</pre>\n")
                    .append("        <p><small>cypher/queries/")
                    .append(slide.file())
                    .append(".cypher</small></p>\n")
                    .append("      </div>\n    </slide>\n");
        }
        return html.append("  </carousel>\n</article>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
