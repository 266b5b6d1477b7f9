package org.waymark.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.waymark.html.Escape;
import org.waymark.model.DecisionTree;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Outcome;
import org.waymark.model.Question;

/**
 * The whole tree as an inline SVG flowchart, laid out at build time by Eclipse ELK (layered,
 * top to bottom). Each node links to its section on the page; colours come from CSS classes
 * and {@code currentColor}, so the chart follows the theme in dark mode and in print. All text
 * is XML-escaped; long labels are wrapped, and cut with "…" past a few lines.
 */
final class Flowchart {
    private static final double CHAR = 6.6;      // average glyph width of the 12px chart font
    private static final double LINE = 15;
    private static final double PAD_X = 10;
    private static final double PAD_Y = 8;
    private static final double MARGIN = 12;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private Flowchart() {}

    /** The {@code <svg>} element; anchors are {@code "#" + idPrefix + node id}. */
    static String svg(DecisionTree tree, String idPrefix) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 28.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        graph.setProperty(LayeredOptions.THOROUGHNESS, 3);

        Map<String, ElkNode> boxes = new LinkedHashMap<>();
        Map<ElkNode, WrappedText> texts = new LinkedHashMap<>();
        for (Node n : tree.nodes().values()) {
            String text = n instanceof Question q ? q.question() : n instanceof Outcome o ? o.outcome() : n.id();
            WrappedText w = WrappedText.of(text, 28, 5);
            ElkNode box = ElkGraphUtil.createNode(graph);
            box.setIdentifier(n.id());
            box.setDimensions(w.longest() * CHAR + 2 * PAD_X, w.lines().size() * LINE + 2 * PAD_Y);
            boxes.put(n.id(), box);
            texts.put(box, w);
        }
        Map<ElkLabel, WrappedText> labels = new LinkedHashMap<>();
        for (Node n : tree.nodes().values()) {
            if (!(n instanceof Question q)) continue;
            for (Option o : q.options()) {
                ElkNode to = boxes.get(o.next());
                if (to == null) continue;
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(boxes.get(n.id()), to);
                WrappedText w = WrappedText.of(o.label(), 22, 3);
                ElkLabel label = ElkGraphUtil.createLabel(String.join(" ", w.lines()), edge);
                label.setDimensions(w.longest() * 6.0 + 4, w.lines().size() * 13 + 2);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
                labels.put(label, w);
            }
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        return draw(tree, idPrefix, graph, boxes, texts, labels);
    }

    private static String draw(DecisionTree tree, String idPrefix, ElkNode graph, Map<String, ElkNode> boxes,
                               Map<ElkNode, WrappedText> texts, Map<ElkLabel, WrappedText> labels) {
        double width = graph.getWidth() + 2 * MARGIN;
        double height = graph.getHeight() + 2 * MARGIN;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"flowchart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\" width=\"").append(num(width)).append("\" height=\"")
                .append(num(height)).append("\" role=\"group\" aria-label=\"").append(Escape.xml("Flowchart: " + tree.title()))
                .append("\">\n<g transform=\"translate(").append(num(MARGIN)).append(' ').append(num(MARGIN)).append(")\">\n");
        for (ElkEdge edge : graph.getContainedEdges()) edge(b, edge);
        for (Map.Entry<ElkLabel, WrappedText> e : labels.entrySet()) {
            ElkLabel l = e.getKey();
            text(b, "fc-label", l.getX() + l.getWidth() / 2, l.getY() + 12, 13, e.getValue());
        }
        for (Node n : tree.nodes().values()) {
            ElkNode box = boxes.get(n.id());
            String kind = n instanceof Outcome o ? " fc-tone-" + o.tone().key() : "";
            if (n.id().equals(tree.start())) kind += " fc-start";
            b.append("<a class=\"fc-node").append(kind).append("\" href=\"#").append(Escape.xml(idPrefix + n.id())).append("\">");
            b.append("<rect x=\"").append(num(box.getX())).append("\" y=\"").append(num(box.getY()))
                    .append("\" width=\"").append(num(box.getWidth())).append("\" height=\"").append(num(box.getHeight()))
                    .append("\" rx=\"").append(n instanceof Outcome ? "14" : "4").append("\"/>");
            text(b, "fc-text", box.getX() + box.getWidth() / 2, box.getY() + PAD_Y + 11.5, LINE, texts.get(box));
            b.append("</a>\n");
        }
        return b.append("</g>\n</svg>").toString();
    }

    private static void edge(StringBuilder b, ElkEdge edge) {
        for (ElkEdgeSection s : edge.getSections()) {
            StringBuilder d = new StringBuilder("M").append(num(s.getStartX())).append(' ').append(num(s.getStartY()));
            KVector last = new KVector(s.getStartX(), s.getStartY());
            for (ElkBendPoint p : s.getBendPoints()) {
                d.append(" L").append(num(p.getX())).append(' ').append(num(p.getY()));
                last = new KVector(p.getX(), p.getY());
            }
            d.append(" L").append(num(s.getEndX())).append(' ').append(num(s.getEndY()));
            b.append("<path class=\"fc-edge\" d=\"").append(d).append("\"/>");
            b.append("<path class=\"fc-arrow\" d=\"").append(arrow(last, new KVector(s.getEndX(), s.getEndY())))
                    .append("\"/>\n");
        }
    }

    /** A small filled triangle at {@code tip}, pointing along the last segment. */
    private static String arrow(KVector from, KVector tip) {
        double dx = tip.x - from.x;
        double dy = tip.y - from.y;
        double len = Math.max(1e-6, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double bx = tip.x - ux * 7;
        double by = tip.y - uy * 7;
        return "M" + num(tip.x) + " " + num(tip.y) + " L" + num(bx - uy * 4) + " " + num(by + ux * 4) + " L"
                + num(bx + uy * 4) + " " + num(by - ux * 4) + " Z";
    }

    private static void text(StringBuilder b, String cls, double cx, double firstBaseline, double lineHeight,
                             WrappedText w) {
        b.append("<text class=\"").append(cls).append("\" x=\"").append(num(cx)).append("\" y=\"")
                .append(num(firstBaseline)).append("\" text-anchor=\"middle\">");
        List<String> lines = w.lines();
        for (int i = 0; i < lines.size(); i++) {
            b.append("<tspan x=\"").append(num(cx)).append("\"");
            if (i > 0) b.append(" dy=\"").append(num(lineHeight)).append('"');
            b.append('>').append(Escape.xml(lines.get(i))).append("</tspan>");
        }
        b.append("</text>");
    }

    /**
     * One decimal, without a trailing ".0": {@code String.format(Locale.ROOT, "%.1f", v)}
     * (half up, the sign kept on a negative that rounds to zero) with ".0" removed. A chart
     * has hundreds of numbers and a Formatter each was a third of its cost, so the digits are
     * worked out here, except near a tie, where the Formatter's own rounding decides.
     */
    static String num(double v) {
        double tenths = Math.abs(v) * 10;
        double fraction = tenths - Math.floor(tenths);
        if (Double.isNaN(v) || tenths >= 1e15 || Math.abs(fraction - 0.5) < 1e-6) {
            return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
        }
        long k = (long) Math.floor(tenths) + (fraction > 0.5 ? 1 : 0);
        StringBuilder b = new StringBuilder(12);
        if (Double.doubleToRawLongBits(v) < 0) b.append('-');
        b.append(k / 10);
        if (k % 10 != 0) b.append('.').append(k % 10);
        return b.toString();
    }
}
