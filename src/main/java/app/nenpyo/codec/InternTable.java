package app.nenpyo.codec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct values written in one block, each once in first-use order and referred to by its
 * index: actor names, places and category names recur in every record of a block.
 *
 * <pre>
 *   InternTable&lt;String&gt; strings = new InternTable&lt;&gt;();
 *   strings.indexOf("外相");  // 0
 *   strings.indexOf("協議");  // 1
 *   strings.indexOf("外相");  // 0 again
 * </pre>
 */
public final class InternTable<T> {

    private final Map<T, Integer> index = new HashMap<>();
    private final List<T> order = new ArrayList<>();

    public int indexOf(T value) {
        Integer i = index.get(value);
        if (i == null) {
            i = order.size();
            index.put(value, i);
            order.add(value);
        }
        return i;
    }

    public int size() {
        return order.size();
    }

    /** The values by index. */
    public List<T> inOrder() {
        return order;
    }
}
