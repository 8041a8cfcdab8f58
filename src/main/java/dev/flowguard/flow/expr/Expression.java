package dev.flowguard.flow.expr;

import java.util.List;

/**
 * A parsed workflow definition language expression: what follows {@code @} or sits inside {@code @{…}}.
 * Immutable; {@link ExpressionParser} builds it.
 */
public sealed interface Expression {

    /** {@code 'text'} with {@code ''} already unescaped. */
    record StringLiteral(String value) implements Expression {
    }

    /** {@code 12}, {@code -1.5}, {@code 1e3}, kept as written. */
    record NumberLiteral(String text) implements Expression {
    }

    /** {@code true}, {@code false}, {@code null}. */
    record Keyword(String word) implements Expression {
    }

    /** {@code name(arg, …)}; the name as written (the runtime ignores case). */
    record Call(String name, List<Expression> arguments) implements Expression {

        public Call {
            arguments = List.copyOf(arguments);
        }

        public boolean isNamed(String expected) {
            return name.equalsIgnoreCase(expected);
        }

        /** The first argument when it is a string literal, else null (a name computed at run time). */
        public String literalArgument(int index) {
            return index < arguments.size() && arguments.get(index) instanceof StringLiteral literal
                    ? literal.value() : null;
        }
    }

    /**
     * {@code target['key']}, {@code target?['key']}, {@code target.key}, {@code target?.key},
     * {@code target[0]}.
     *
     * @param key the index expression; a dotted name is a {@link StringLiteral}
     * @param nullSafe written with {@code ?}
     */
    record Member(Expression target, Expression key, boolean nullSafe) implements Expression {

        /** The key when it is known before the run (a literal name or number), else null. */
        public String literalKey() {
            if (key instanceof StringLiteral literal) {
                return literal.value();
            }
            if (key instanceof NumberLiteral number) {
                return number.text();
            }
            return null;
        }
    }
}
