package id.siksacademy.content;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its file and line, so that every complaint about content names
 * the file, the line and the field. Reads the node tree only: no objects are constructed from tags.
 */
final class YamlNode {

    private final String file;
    private final String path;
    private final Node node;

    private YamlNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static YamlNode parse(String file, String text) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (root == null) {
                throw new ContentException(file, 1, null, "the file is empty");
            }
            return new YamlNode(file, "", root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new ContentException(file, line, null, "not valid YAML: " + e.getProblem());
        }
    }

    String file() {
        return file;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    ContentException error(String problem) {
        return new ContentException(file, line(), path.isEmpty() ? null : path, problem);
    }

    Map<String, YamlNode> fields() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping (key: value lines)");
        }
        var map = new LinkedHashMap<String, YamlNode>();
        for (NodeTuple t : mapping.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            map.put(key, new YamlNode(file, path.isEmpty() ? key : path + "." + key, t.getValueNode()));
        }
        return map;
    }

    /**
     * Refuses any key of this mapping that is not one of {@code allowed}, suggesting the closest
     * allowed key: a misspelt key must not load as if it were absent.
     */
    YamlNode only(String... allowed) {
        var known = java.util.List.of(allowed);
        for (var entry : fields().entrySet()) {
            if (!known.contains(entry.getKey())) {
                String closest = known.stream().min(java.util.Comparator.comparingInt(k -> distance(k, entry.getKey())))
                        .orElse(null);
                String hint = closest != null && distance(closest, entry.getKey()) <= Math.max(2, closest.length() / 3)
                        ? " (did you mean '" + closest + "'?)" : "; allowed: " + String.join(", ", known);
                throw entry.getValue().keyError("unknown key '" + entry.getKey() + "'" + hint);
            }
        }
        return this;
    }

    private ContentException keyError(String problem) {
        return new ContentException(file, line(), path, problem);
    }

    /** Levenshtein distance, for "did you mean". */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    Optional<YamlNode> optional(String field) {
        return Optional.ofNullable(fields().get(field));
    }

    YamlNode get(String field) {
        return optional(field).orElseThrow(() -> new ContentException(file, line(),
                path.isEmpty() ? field : path + "." + field, "is missing"));
    }

    String text() {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw error("expected a value");
        }
        return scalar.getValue().trim();
    }

    String text(String field) {
        return get(field).text();
    }

    int integer(String field, int min, int max) {
        YamlNode n = get(field);
        return n.integer(min, max);
    }

    int integer(int min, int max) {
        try {
            int v = Integer.parseInt(text());
            if (v < min || v > max) {
                throw error("must be between " + min + " and " + max + ", was " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw error("must be a whole number, was '" + text() + "'");
        }
    }

    /** A rate between 0 and 1, written as a fraction (0.05) or a percentage (5%). */
    double rate() {
        String v = text();
        try {
            double r = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1).trim()) / 100
                    : Double.parseDouble(v);
            if (r < 0 || r > 1) {
                throw error("a rate must be between 0 and 1 (0% and 100%), was " + v);
            }
            return r;
        } catch (NumberFormatException e) {
            throw error("must be a rate like 0.05 or 5%, was '" + v + "'");
        }
    }

    LocalDate date(String field) {
        YamlNode n = get(field);
        try {
            return LocalDate.parse(n.text());
        } catch (DateTimeParseException e) {
            throw n.error("must be a date like 2021-04-01, was '" + n.text() + "'");
        }
    }

    List<YamlNode> list() {
        if (!(node instanceof SequenceNode seq)) {
            throw error("expected a list");
        }
        var items = new ArrayList<YamlNode>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            items.add(new YamlNode(file, path + "[" + (i + 1) + "]", seq.getValue().get(i)));
        }
        return items;
    }

    List<YamlNode> list(String field) {
        return get(field).list();
    }
}
