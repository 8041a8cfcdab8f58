package dev.flowguard.flow.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * One read an expression makes: {@code body('Get_secret')?['value']} is an {@link ReferenceKind#ACTION_BODY}
 * of {@code Get_secret} with path {@code [value]}.
 *
 * @param name the action, loop, variable or parameter named by the first argument; null when the
 *     function takes none or the name is computed at run time
 * @param path the property names and indexes read after the call, in order; {@link #DYNAMIC} for a key
 *     computed at run time
 */
public record Reference(ReferenceKind kind, String name, List<String> path) {

    public static final String DYNAMIC = "*";

    public Reference {
        path = List.copyOf(path);
    }

    /** Every reference in {@code expression}, outermost first, including those nested in arguments and keys. */
    public static List<Reference> in(Expression expression) {
        List<Reference> found = new ArrayList<>();
        collect(expression, found);
        return found;
    }

    /** Every reference in every expression of a parsed string. */
    public static List<Reference> in(Template template) {
        List<Reference> found = new ArrayList<>();
        for (Expression expression : template.expressions()) {
            collect(expression, found);
        }
        return found;
    }

    private static void collect(Expression expression, List<Reference> into) {
        if (expression instanceof Expression.Member member) {
            List<String> path = new ArrayList<>();
            Expression root = member;
            List<Expression> keys = new ArrayList<>();
            while (root instanceof Expression.Member m) {
                String key = m.literalKey();
                path.add(0, key == null ? DYNAMIC : key);
                keys.add(m.key());
                root = m.target();
            }
            if (root instanceof Expression.Call call && ReferenceKind.ofFunction(call.name()).isPresent()) {
                into.add(new Reference(ReferenceKind.ofFunction(call.name()).get(), call.literalArgument(0), path));
                call.arguments().forEach(argument -> collect(argument, into));
            } else {
                collect(root, into);
            }
            keys.forEach(key -> collect(key, into));
        } else if (expression instanceof Expression.Call call) {
            ReferenceKind.ofFunction(call.name())
                    .ifPresent(kind -> into.add(new Reference(kind, call.literalArgument(0), List.of())));
            call.arguments().forEach(argument -> collect(argument, into));
        }
    }
}
