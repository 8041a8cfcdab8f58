package dev.flowguard.flow.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.flow.expr.Expression.Call;
import dev.flowguard.flow.expr.Expression.Keyword;
import dev.flowguard.flow.expr.Expression.Member;
import dev.flowguard.flow.expr.Expression.NumberLiteral;
import dev.flowguard.flow.expr.Expression.StringLiteral;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    private static Expression single(String text) {
        Template template = ExpressionParser.parseTemplate(text);
        assertTrue(template.parsed(), () -> "should parse: " + template.problem());
        assertEquals(1, template.expressions().size());
        return template.expressions().get(0);
    }

    @Test
    void plainStringHasNoExpressions() {
        Template template = ExpressionParser.parseTemplate("user@example.com");
        assertTrue(template.parsed());
        assertFalse(template.hasExpressions());
        assertEquals(List.of(new Template.Text("user@example.com")), template.parts());
    }

    @Test
    void doubledAtAtStartIsALiteral() {
        Template template = ExpressionParser.parseTemplate("@@parameters('x')");
        assertFalse(template.hasExpressions());
        assertEquals(List.of(new Template.Text("@parameters('x')")), template.parts());
    }

    @Test
    void wholeStringExpressionWithNestedCallsAndAccessors() {
        Expression expression = single("@first(body('ListDefns-TextSecret')?['value'])?['environmentvariabledefinitionid']");
        Member outer = assertInstanceOf(Member.class, expression);
        assertTrue(outer.nullSafe());
        assertEquals("environmentvariabledefinitionid", outer.literalKey());
        Call first = assertInstanceOf(Call.class, outer.target());
        assertEquals("first", first.name());
        Member inner = assertInstanceOf(Member.class, first.arguments().get(0));
        Call body = assertInstanceOf(Call.class, inner.target());
        assertEquals("ListDefns-TextSecret", body.literalArgument(0));
    }

    @Test
    void interpolationKeepsTextAndExpressionsInOrder() {
        Template template = ExpressionParser.parseTemplate(
                "@{parameters('Audience (admin_Aud)')}/api/v1.0/@{parameters('TenantID')}/activity");
        assertTrue(template.parsed());
        assertEquals(4, template.parts().size());
        assertInstanceOf(Template.Embedded.class, template.parts().get(0));
        assertEquals(new Template.Text("/api/v1.0/"), template.parts().get(1));
        assertEquals(new Template.Text("/activity"), template.parts().get(3));
    }

    @Test
    void closingBraceInsideAStringLiteralDoesNotEndTheInterpolation() {
        Template template = ExpressionParser.parseTemplate("x @{concat('}', 'it''s')} y");
        assertTrue(template.parsed());
        Call concat = assertInstanceOf(Call.class, template.expressions().get(0));
        assertEquals(new StringLiteral("}"), concat.arguments().get(0));
        assertEquals(new StringLiteral("it's"), concat.arguments().get(1));
        assertEquals(new Template.Text(" y"), template.parts().get(2));
    }

    @Test
    void literalsNumbersKeywordsAndDots() {
        Call add = assertInstanceOf(Call.class, single("@add(-1, 2.5e3)"));
        assertEquals(new NumberLiteral("-1"), add.arguments().get(0));
        assertEquals(new NumberLiteral("2.5e3"), add.arguments().get(1));
        assertEquals(new Keyword("true"), single("@true"));
        assertEquals(new Keyword("null"), single("@ null"));
        Member dotted = assertInstanceOf(Member.class, single("@triggerBody()?.text"));
        assertEquals("text", dotted.literalKey());
        Member indexed = assertInstanceOf(Member.class, single("@body('List')['value'][0]"));
        assertEquals("0", indexed.literalKey());
    }

    @Test
    void referencesNameWhatTheyPointTo() {
        List<Reference> references = Reference.in(single(
                "@{if(variables('Secret_AzureType'), body('Get_Azure_Secret')['EnvironmentVariableSecretValue'], variables('theTextSecret'))}"));
        assertEquals(List.of(
                new Reference(ReferenceKind.VARIABLE, "Secret_AzureType", List.of()),
                new Reference(ReferenceKind.ACTION_BODY, "Get_Azure_Secret", List.of("EnvironmentVariableSecretValue")),
                new Reference(ReferenceKind.VARIABLE, "theTextSecret", List.of())), references);
    }

    @Test
    void referencesOfEveryKind() {
        Template template = ExpressionParser.parseTemplate("@{items('Apply_to_each')?['Title']} @{item()} "
                + "@{outputs('Get_item')?['body/Title']} @{actions('A')} @{result('Try')} @{triggerBody()?['x']} "
                + "@{triggerOutputs()['headers']} @{trigger()} @{workflow()?['run']['name']} "
                + "@{iterationIndexes('Until')} @{parameters('$authentication')} @{body(variables('name'))}");
        assertTrue(template.parsed(), template.problem());
        List<Reference> references = Reference.in(template);
        assertTrue(references.contains(new Reference(ReferenceKind.ITEMS, "Apply_to_each", List.of("Title"))));
        assertTrue(references.contains(new Reference(ReferenceKind.ITEM, null, List.of())));
        assertTrue(references.contains(new Reference(ReferenceKind.ACTION_OUTPUTS, "Get_item", List.of("body/Title"))));
        assertTrue(references.contains(new Reference(ReferenceKind.ACTION, "A", List.of())));
        assertTrue(references.contains(new Reference(ReferenceKind.RESULT, "Try", List.of())));
        assertTrue(references.contains(new Reference(ReferenceKind.TRIGGER_BODY, null, List.of("x"))));
        assertTrue(references.contains(new Reference(ReferenceKind.TRIGGER_OUTPUTS, null, List.of("headers"))));
        assertTrue(references.contains(new Reference(ReferenceKind.TRIGGER, null, List.of())));
        assertTrue(references.contains(new Reference(ReferenceKind.WORKFLOW, null, List.of("run", "name"))));
        assertTrue(references.contains(new Reference(ReferenceKind.ITERATION_INDEXES, "Until", List.of())));
        assertTrue(references.contains(new Reference(ReferenceKind.PARAMETER, "$authentication", List.of())));
        // a name computed at run time is not guessed
        assertTrue(references.contains(new Reference(ReferenceKind.ACTION_BODY, null, List.of())));
        assertTrue(references.contains(new Reference(ReferenceKind.VARIABLE, "name", List.of())));
    }

    @Test
    void dynamicKeysAreMarked() {
        List<Reference> references = Reference.in(single("@body('Parse')?[variables('field')]"));
        assertEquals(new Reference(ReferenceKind.ACTION_BODY, "Parse", List.of(Reference.DYNAMIC)), references.get(0));
        assertEquals(new Reference(ReferenceKind.VARIABLE, "field", List.of()), references.get(1));
    }

    @Test
    void brokenExpressionsSayWhyAndNeverThrow() {
        for (String broken : List.of("@concat('a'", "@body('x'", "@{body('x')", "@'unclosed", "@foo", "@body('x')?",
                "@a(,)", "@ )", "@{}", "@body('x') trailing", "@{x(}")) {
            Template template = ExpressionParser.parseTemplate(broken);
            assertFalse(template.parsed(), broken);
            assertTrue(template.hasExpressions(), broken);
            assertTrue(template.problem().contains("at character"), template.problem());
        }
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "@" + "concat(".repeat(5_000) + "'x'" + ")".repeat(5_000);
        Template template = ExpressionParser.parseTemplate(deep);
        assertFalse(template.parsed());
        assertTrue(template.problem().contains("nested deeper"));
    }

    @Test
    void bareExpressionParser() {
        ExpressionParser.ParsedExpression parsed = ExpressionParser.parseExpression("equals(item()?['a'], 'b')");
        assertNull(parsed.problem());
        assertInstanceOf(Call.class, parsed.expression());
        assertEquals("unexpected ')' after the expression at character 3",
                ExpressionParser.parseExpression("a()) ").problem());
    }

    @Test
    void loneAtAndNoBreakSpacesAsRealFlowsWriteThem() {
        assertFalse(ExpressionParser.parseTemplate("@").hasExpressions());
        Template template = ExpressionParser.parseTemplate("@concat('a',\u00a0outputs('CoE_Envt'))");
        assertTrue(template.parsed(), template.problem());
        assertEquals(new Reference(ReferenceKind.ACTION_OUTPUTS, "CoE_Envt", List.of()), Reference.in(template).get(0));
    }

    @Test
    void checkingOnlyGivesTheProblemParsingGives() {
        List<String> seeds = List.of("@concat('a'", "@body('x'", "@{body('x')", "@'unclosed", "@foo", "@body('x')?",
                "@a(,)", "@ )", "@{}", "@body('x') trailing", "@{x(}", "@@{not}", "@", " @ ", "user@example.com",
                "@body('Parse')?[variables('field')]", "a @{outputs('Get')?.body.value[0]} b @@ c @{true} @{NULL}",
                "@if(equals(1, -1.5e3), 'it''s', null)", "@{concat('a',\u00a0'b')}", "@items('Apply_to_each')?['x-y']",
                "@body('a').b-c.@d", "@{json('{}')}}", "@False", "@nul", "@{trUE }");
        Random random = new Random(27112026);
        String alphabet = "()[]{}'.,?@ aZ1-_\u00a0";
        int mutants = 0;
        for (String seed : seeds) {
            String text = seed.translateEscapes();
            assertEquals(ExpressionParser.parseTemplate(text).problem(), ExpressionParser.problem(text), text);
            for (int i = 0; i < 800; i++) {
                StringBuilder mutant = new StringBuilder(text);
                for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                    int at = mutant.length() == 0 ? 0 : random.nextInt(mutant.length());
                    if (random.nextBoolean() && mutant.length() > 0) {
                        mutant.deleteCharAt(at);
                    } else {
                        mutant.insert(at, alphabet.translateEscapes().charAt(random.nextInt(alphabet.length() - 5)));
                    }
                }
                String candidate = mutant.toString();
                assertEquals(ExpressionParser.parseTemplate(candidate).problem(), ExpressionParser.problem(candidate),
                        candidate);
                mutants++;
            }
        }
        String deep = "@" + "concat(".repeat(5_000) + "'x'" + ")".repeat(5_000);
        assertEquals(ExpressionParser.parseTemplate(deep).problem(), ExpressionParser.problem(deep));
        assertEquals(20_000, mutants);
    }
}
