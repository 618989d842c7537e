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
