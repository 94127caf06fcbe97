package org.incidentatlas.events;

import java.util.List;
import java.util.regex.Pattern;
import org.incidentatlas.events.EventTyping.Hit;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.EventType;

/**
 * The ACLED type of a violent event whose trigger does not fix it ({@link EventTyping.Typing}): a killing by its
 * first victims named (armed: a battle; else violence against civilians), a generic attack by its attacker (air
 * powers strike from the air), weapon, target or the actors around it; a bomb found or defused is disrupted weapons
 * use. The trigger tables and noun lists are {@link EventTyping}'s; this class reads the sentence around the hit.
 */
final class ViolenceTyping {

    // Compiled once: String.matches and replaceFirst compile their pattern on every call.
    private static final Pattern CLAUSE_BEFORE = Pattern.compile("(?is)^.*(?:\\b(?:says?|said|that|after|when|while|because)\\b|[,;:])");
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?is).*\\b(?:was|were|been|being|are|is)\\s+(?:\\w+\\s+)?$");
    private static final Pattern REDUCED_AFTER = Pattern.compile("(?is)^\\s*(?:in|by|during|at|near|on|when|while|after|as|,|\\.).*");
    /** "by ADF fighters" up to a clause word or a comma: the agent after a passive verb, who names no victims. */
    private static final Pattern BY_AGENT_PHRASE = Pattern.compile("(?is)^\\s*by\\s+(?:(?!(?:in|at|near|on|during|when|while|after|as)\\b)[^,;.])*");
    private static final Pattern BY_AGENT = Pattern.compile("(?is)\\bby\\b.*$");
    private static final Pattern PASSIVE_VERB_BEFORE = Pattern.compile("(?is).*\\b(?:was|were|been|being|are|is|got)\\s+(?:\\w+ly\\s+)?$");
    private static final Pattern DISRUPTED = Pattern.compile("(?i)\\b(?:(?:failed|fails) to|did not|didn't|does not|never) (?:detonate|explode|go off)"
            + "|\\b(?:defused|disarmed|dismantled|diffused)\\b|\\b(?:bomb|device|explosives?|IED)s? (?:was|were) (?:found|discovered|seized)\\b");

    private static final Pattern IN_ACTION = Pattern.compile("(?i)\\s*in action\\b");
    /** An attack on soldiers' positions: "a raid on an army camp", "an assault on the military base", "ambush on a patrol". */
    private static final Pattern ON_ARMED_TARGET = Pattern.compile("(?i)\\b(?:attack|raid|assault|ambush|offensive)s?\\s+(?:on|against)\\s+"
            + "(?:an?|the|their|its|his|two|three|several)?\\s*(?:[\\w'’-]+\\s+){0,2}?(?:(?:army|military|police|gendarmerie)\\s+"
            + "(?:camps?|bases?|posts?|positions?|stations?|barracks|detachments?|outposts?)|checkpoints?|barracks|outposts?|garrisons?"
            + "|military (?:camps?|bases?|posts?)|air ?bases?|convoys?|patrols?)\\b");
    /** Where {@link #ON_ARMED_TARGET} and {@link #DISRUPTED} can start a match: tried only there. */
    private static final PatternGate ON_ARMED_TARGET_GATE = new PatternGate(ON_ARMED_TARGET);
    private static final PatternGate DISRUPTED_GATE = new PatternGate(DISRUPTED);

    private final String text;
    private final List<ActorLexicon.Mention> actorMentions;
    private final ActorRoles roles;

    ViolenceTyping(ArticleContext ctx, ActorRoles roles) {
        this.text = ctx.text();
        this.actorMentions = ctx.actors();
        this.roles = roles;
    }

    /** The device was found or failed to go off ("failed to detonate", "was defused"). */
    boolean disrupted(int from, int to) {
        return DISRUPTED_GATE.firstMatch(text, from, to) >= 0;
    }

    EventType violentType(Hit main, int from, int to) {
        EventTyping.Trigger t = main.trigger();
        String sentence = text.substring(from, to);
        switch (t.typing()) {
            case BY_VICTIM: {
                // Active voice names victims after the verb ("shot dead three civilians"); passive before ("27 members ... were killed").
                String after = text.substring(main.end(), Math.min(to, main.end() + 60));
                String before = text.substring(Math.max(from, main.start() - 80), main.start());
                // Only the clause of the verb: not "Police say" or "The warning came after" before it.
                before = CLAUSE_BEFORE.matcher(before).replaceFirst("");
                boolean passive = PASSIVE_BEFORE.matcher(before).matches();
                // A reduced relative ("forces recently killed in ...") names them before the verb too; an active
                // verb with an object ("a policeman fatally shot the judge") has its attacker there instead.
                boolean reduced = REDUCED_AFTER.matcher(after).matches();
                if (IN_ACTION.matcher(after).lookingAt() || ON_ARMED_TARGET_GATE.firstMatch(sentence) >= 0) {
                    // "killed in action"; "killed eight people in a raid on an army camp": ACLED codes an attack on
                    // soldiers' positions as a battle whoever the dead are said to be.
                    return EventTyping.CLASH;
                }
                // "22 people killed by ADF fighters in the town": the agent after "by" killed; it names no victims.
                String afterVictims = reduced && !passive ? BY_AGENT_PHRASE.matcher(after).replaceFirst("") : null;
                for (String victims : passive ? List.of(before) : reduced ? List.of(afterVictims, before) : List.of(after)) {
                    // The first victims named are the main ones ("four soldiers and a woman").
                    int ci = firstOrMax(EventTyping.CIVILIAN_NOUN_GATE.firstMatch(victims));
                    int ai = firstOrMax(EventTyping.ARMED_NOUN_GATE.firstMatch(victims));
                    if (ci < ai) {
                        return EventTyping.CIVILIANS_ATTACKED;
                    }
                    if (ai < ci) {
                        return EventTyping.CLASH;
                    }
                }
                return EventTyping.CIVILIANS_ATTACKED;
            }
            case BY_ATTACKER: {
                Actor attacker = roles.subjectBefore(main, from);
                if (attacker != null && attacker.id() != null && EventTyping.AIR_POWER.contains(attacker.id())
                        && EventTyping.GROUND_WORD_GATE.firstMatch(sentence) < 0) {
                    return EventTyping.AIR;
                }
                // The weapon named says how ("attacked the base with rockets", "a drone targeted the car").
                EventType byWeapon = EventTyping.byWeapon(sentence);
                if (byWeapon != null) {
                    return byWeapon;
                }
                // Armed on the receiving end makes it a battle; otherwise the victims were unarmed.
                String after = text.substring(main.end(), Math.min(to, main.end() + 80));
                String before = text.substring(Math.max(from, main.start() - 60), main.start());
                // "targeted by armed men": the agent after "by" attacked; it is not the target.
                after = BY_AGENT.matcher(after).replaceFirst("");
                // Before the verb stands the attacker ("the insurgents attacked"), the target only in the passive.
                boolean passiveVerb = PASSIVE_VERB_BEFORE.matcher(before).matches();
                if (EventTyping.CIVILIAN_NOUN_GATE.firstMatch(after) >= 0 && EventTyping.ARMED_NOUN_GATE.firstMatch(after) < 0) {
                    return EventTyping.CIVILIANS_ATTACKED;
                }
                if (EventTyping.ARMED_NOUN_GATE.firstMatch(after) >= 0 || passiveVerb && EventTyping.ARMED_NOUN_GATE.firstMatch(before) >= 0) {
                    return EventTyping.CLASH;
                }
                if (passiveVerb && EventTyping.CIVILIAN_NOUN_GATE.firstMatch(before) >= 0) {
                    return EventTyping.CIVILIANS_ATTACKED;
                }
                // No victims named: an attack by or on armed actors (the sentence names only such) is a battle.
                boolean armedActor = false;
                for (ActorLexicon.Mention m : actorMentions) {
                    if (m.span().start() >= from && m.span().end() <= to && m.entry() != null) {
                        ActorType at = m.entry().type();
                        if (at == ActorType.CIVILIANS) {
                            return EventTyping.CIVILIANS_ATTACKED;
                        }
                        armedActor |= at == ActorType.ARMED_GROUP || at == ActorType.STATE_FORCES;
                    }
                }
                return armedActor && EventTyping.CIVILIAN_NOUN_GATE.firstMatch(sentence) < 0 ? EventTyping.CLASH
                        : EventTyping.CIVILIANS_ATTACKED;
            }
            default:
                return t.type();
        }
    }

    /** A first match's start, or {@link Integer#MAX_VALUE} for none ({@link PatternGate#firstMatch}'s -1). */
    private static int firstOrMax(int start) {
        return start < 0 ? Integer.MAX_VALUE : start;
    }
}
