package id.kinerja.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Tree;
import aQute.bnd.service.diff.Type;

/**
 * A release's API as text that reviews and diffs well: the first line is the Export-Package header,
 * then one line per element of bnd's tree, indented by its depth:
 * {@code <type> <delta if added> <delta if removed> <name>} (e.g.
 * {@code "    METHOD MINOR MAJOR periodOf(java.time.LocalDate)"}).
 */
record ApiRecord(String exports, Tree.Data tree) {

    private static final String INDENT = "  ";

    static String write(String exports, Tree.Data tree) {
        StringBuilder out = new StringBuilder("Export-Package: ").append(exports).append('\n');
        write(out, tree, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Tree.Data node, int depth) {
        out.append(INDENT.repeat(depth)).append(node.type).append(' ').append(node.add).append(' ').append(node.rem).append(' ')
                .append(node.name).append('\n');
        if (node.children != null) {
            for (Tree.Data child : node.children) {
                write(out, child, depth + 1);
            }
        }
    }

    static ApiRecord read(String text) {
        String[] lines = text.split("\n");
        String exports = lines[0].substring("Export-Package: ".length());
        Deque<List<Tree.Data>> levels = new ArrayDeque<>();
        Deque<Tree.Data> parents = new ArrayDeque<>();
        Tree.Data root = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int depth = 0;
            while (line.startsWith(INDENT, depth * INDENT.length())) {
                depth++;
            }
            String[] fields = line.substring(depth * INDENT.length()).split(" ", 4);
            Tree.Data node = new Tree.Data();
            node.type = Type.valueOf(fields[0]);
            node.add = Delta.valueOf(fields[1]);
            node.rem = Delta.valueOf(fields[2]);
            node.name = fields[3];
            while (parents.size() > depth) {
                parents.pop().children = levels.pop().toArray(Tree.Data[]::new);
            }
            if (depth == 0) {
                root = node;
            } else {
                levels.peek().add(node);
            }
            parents.push(node);
            levels.push(new ArrayList<>());
        }
        while (!parents.isEmpty()) {
            parents.pop().children = levels.pop().toArray(Tree.Data[]::new);
        }
        return new ApiRecord(exports, root);
    }
}
