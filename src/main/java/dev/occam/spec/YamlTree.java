package dev.occam.spec;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses YAML text into a {@link YamlNode} tree with snakeyaml-engine's Compose API, which keeps
 * exact marks. Compose does not reject duplicate keys (only Load does), so this walk does; it also
 * rejects anchors/aliases and custom tags, which specs never need and which would let untrusted
 * files share or expand nodes. Every parser failure becomes a {@link SpecError}.
 */
final class YamlTree {

    /** Deeper nesting than any spec needs; guards the recursive walks. */
    private static final int MAX_DEPTH = 64;

    /**
     * Larger files than any spec needs (data beyond a few thousand entries are generated): parsing
     * takes about a second per million characters, and snakeyaml's own limit is three million.
     */
    static final int MAX_CHARS = 1_000_000;

    private static final Map<Tag, YamlNode.ScalarKind> SCALAR_KINDS =
            Map.of(
                    Tag.STR,
                    YamlNode.ScalarKind.STRING,
                    Tag.INT,
                    YamlNode.ScalarKind.INTEGER,
                    Tag.FLOAT,
                    YamlNode.ScalarKind.FLOAT,
                    Tag.BOOL,
                    YamlNode.ScalarKind.BOOLEAN,
                    Tag.NULL,
                    YamlNode.ScalarKind.NULL);

    private final Path file;
    private final String text;
    private final boolean oneCharPerCodePoint;

    private YamlTree(Path file, String text) {
        this.file = file;
        this.text = text;
        this.oneCharPerCodePoint = text.codePointCount(0, text.length()) == text.length();
    }

    /** The document's root node; an empty document is an error. */
    static YamlNode parse(Path file, String text) {
        YamlTree tree = new YamlTree(file, text);
        Node root = tree.compose();
        return tree.convert(root, "", 0);
    }

    private Node compose() {
        if (text.length() > MAX_CHARS) {
            throw error(
                    new Position(1, 1),
                    "",
                    "the file has "
                            + text.length()
                            + " characters, more than "
                            + MAX_CHARS
                            + " (generate large data with {random: ...})");
        }
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).build();
        Optional<Node> root;
        try {
            checkDepth(settings);
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Position> at =
                    e.getProblemMark().or(e::getContextMark).map(YamlTree::position);
            throw error(at.orElse(new Position(1, 1)), "", "invalid YAML: " + describe(e));
        } catch (YamlEngineException e) {
            throw error(new Position(1, 1), "", "invalid YAML: " + oneLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw error(new Position(1, 1), "", "invalid YAML: nesting too deep");
        }
        return root.orElseThrow(() -> error(new Position(1, 1), "", "empty spec file"));
    }

    /** One open collection of the event stream: its path, and where its next child stands. */
    private static final class Open {
        final boolean mapping;
        final String path;
        boolean atKey = true;
        String key = "";
        int index;

        Open(boolean mapping, String path) {
            this.mapping = mapping;
            this.path = path;
        }

        /** The path of the next child node; advances past it. Keys are not children. */
        String next(Event e) {
            if (mapping && atKey) {
                key = e instanceof ScalarEvent k ? k.getValue() : "";
                atKey = false;
                return null;
            }
            atKey = true;
            return mapping ? (path.isEmpty() ? key : path + "." + key) : path + "[" + index++ + "]";
        }
    }

    /**
     * Walks the parser's events, which is iterative, before composing, which recurses once per
     * level: nesting beyond {@link #MAX_DEPTH} is refused where it starts, quickly and whatever the
     * thread's stack size (composing 200,000 nested lists took 8-15 s on a 16 MB stack and ended in
     * a StackOverflowError reported at 1:1).
     */
    private void checkDepth(LoadSettings settings) {
        Deque<Open> open = new ArrayDeque<>();
        for (Event e : new Parse(settings).parseString(text)) {
            if (e instanceof CollectionEndEvent) {
                open.pop();
            } else if (e instanceof NodeEvent) {
                String path = open.isEmpty() ? "" : open.peek().next(e);
                if (path != null && open.size() > MAX_DEPTH) {
                    throw error(
                            position(e.getStartMark().orElseThrow()),
                            path,
                            "nesting deeper than " + MAX_DEPTH + " levels");
                }
                if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
                    open.push(new Open(e instanceof MappingStartEvent, path == null ? "?" : path));
                }
            }
        }
    }

    private YamlNode convert(Node node, String path, int depth) {
        Position at = position(node.getStartMark().orElseThrow());
        if (depth > MAX_DEPTH) {
            throw error(at, path, "nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (node.getAnchor().isPresent()) {
            throw error(at, path, "anchors and aliases (&, *) are not supported");
        }
        if (node instanceof ScalarNode scalar) {
            YamlNode.ScalarKind kind = SCALAR_KINDS.get(node.getTag());
            if (kind == null) {
                throw error(at, path, "unsupported tag " + node.getTag().getValue());
            }
            return new YamlNode.Scalar(scalar.getValue(), kind, at);
        }
        if (node instanceof SequenceNode sequence && node.getTag().equals(Tag.SEQ)) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, path + "[" + items.size() + "]", depth + 1));
            }
            return new YamlNode.Sequence(items, at, source(node));
        }
        if (node instanceof MappingNode mapping && node.getTag().equals(Tag.MAP)) {
            return convertMapping(mapping, path, depth, at);
        }
        throw error(at, path, "unsupported tag " + node.getTag().getValue());
    }

    private YamlNode convertMapping(MappingNode mapping, String path, int depth, Position at) {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Position keyAt = position(tuple.getKeyNode().getStartMark().orElseThrow());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw error(keyAt, path, "keys must be plain words, not lists or mappings");
            }
            String key = keyNode.getValue();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            Position first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                throw error(
                        keyAt,
                        keyPath,
                        "duplicate key '" + key + "' (first given at line " + first.line() + ")");
            }
            entries.add(
                    new YamlNode.Entry(
                            key, keyAt, convert(tuple.getValueNode(), keyPath, depth + 1)));
        }
        return new YamlNode.Mapping(entries, at, source(mapping));
    }

    /** The node's text in the file; marks count code points, so convert to char offsets. */
    private String source(Node node) {
        int start = node.getStartMark().map(Mark::getIndex).orElse(0);
        int end = node.getEndMark().map(Mark::getIndex).orElse(start);
        return text.substring(charOffset(start), charOffset(end)).strip();
    }

    private int charOffset(int codePoint) {
        if (oneCharPerCodePoint) {
            return Math.min(codePoint, text.length());
        }
        return text.offsetByCodePoints(
                0, Math.min(codePoint, text.codePointCount(0, text.length())));
    }

    /**
     * The parser's problem, plus its context ("while scanning a quoted scalar") and where that
     * began.
     */
    private static String describe(MarkedYamlEngineException e) {
        if (e.getProblem() == null) {
            return oneLine(e.getContext());
        }
        if (e.getContext() == null) {
            return oneLine(e.getProblem());
        }
        String where =
                e.getContextMark()
                        .map(YamlTree::position)
                        .map(p -> " at line " + p.line() + ", column " + p.column())
                        .orElse("");
        return oneLine(e.getProblem()) + " (" + oneLine(e.getContext()) + where + ")";
    }

    private static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String oneLine(String message) {
        return message == null
                ? "unreadable input"
                : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private SpecError error(Position at, String path, String problem) {
        return new SpecError(file, at, path, problem);
    }
}
