package dev.flowguard.rules.environment;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.knowledge.CredentialSlots;
import dev.flowguard.knowledge.Slot;
import dev.flowguard.model.FlowModel;
import dev.flowguard.model.Origins;
import dev.flowguard.model.Site;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.FlowView;
import java.util.ArrayList;
import java.util.List;

/**
 * The places a flow uses a credential fed by an expression, with what reaches each: the value model's credential
 * slots (authentication fields, credential headers and queries, secret-named body fields and connector parameters,
 * at any depth) and the credentials written into URIs and form-encoded bodies. FG201, FG202 and FG203 start from
 * the same uses, found once per flow.
 *
 * @param label how messages name the slot: {@code header 'x-api-key'}, {@code query value 'code'}
 * @param text the slot's whole string, for the fingerprint
 */
record CredentialUses(FlowNode node, Site site, String label, String text, Origins origins) {

    private static final FlowView<List<CredentialUses>> VIEW = new FlowView<>("credential uses",
            context -> find(context.model()));

    static List<CredentialUses> of(FlowContext context) {
        return context.view(VIEW);
    }

    private static List<CredentialUses> find(FlowModel model) {
        List<CredentialUses> uses = new ArrayList<>(0);
        for (Site site : model.sites()) {
            Slot slot = site.slot();
            if (site.node() == null || !site.isExpression()) {
                continue;
            }
            if (slot.isCredentialUse()) {
                if (site.readsTheRun()) {
                    uses.add(new CredentialUses(site.node(), site, CredentialSlots.label(slot), site.value(),
                            model.originsOf(site)));
                }
            } else if (slot.kind() == Slot.Kind.URI || slot.kind() == Slot.Kind.BODY_TEXT) {
                String what = slot.kind() == Slot.Kind.URI ? "query value" : "form field";
                for (CredentialSlots.Part part : CredentialSlots.partsOf(slot, site.value(), site.template())) {
                    if (part.expression() != null) {
                        uses.add(new CredentialUses(site.node(), site, what + " '" + part.name() + "'", site.value(),
                                model.originsOf(site, part.expression())));
                    }
                }
            }
        }
        return List.copyOf(uses);
    }
}
