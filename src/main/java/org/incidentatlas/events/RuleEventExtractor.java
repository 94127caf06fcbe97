package org.incidentatlas.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.events.EventTyping.Family;
import org.incidentatlas.events.EventTyping.Hit;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;

/**
 * Incidents and deployments of one article by rules over its sentences: trigger words coded with ACLED types
 * ({@link EventTyping}), dates from {@link DateResolver}, actors from the {@link ActorLexicon}, and places from
 * the geoparser's literal mentions tied to the trigger by a locative ("in", "near", "outside", "north of").
 * Mentions of one event across the article's sentences are then merged ("the attack", "his killing").
 * Boilerplate and headline lines yield nothing. Thread-safe.
 */
public final class RuleEventExtractor implements EventExtractor {
    /** Id prefix of a country's state forces found from a demonym ("forces:NG"), not from the lexicon. */
    static final String NATIONAL_FORCES = "forces:";
    private static final Pattern FORCES_AFTER_DEMONYM = Pattern.compile("\\s+(?:(?:armed|security|special|government|"
            + "national|military|defen[cs]e|air|naval|ground)\\s+)?(?:army|armed forces|forces|troops|soldiers|military|"
            + "navy|air force|marines|commandos|warplanes|fighter jets|jets|gunships|artillery)\\b",
            Pattern.CASE_INSENSITIVE);
    private final ActorLexicon lexicon;

    /**
     * With the shipped actor lexicon plus the user lexicons as they are at each article (see
     * {@link ActorLexicon#current}): an analyst's edit applies on the next run.
     */
    public RuleEventExtractor() {
        this.lexicon = null;
    }

    public RuleEventExtractor(ActorLexicon lexicon) {
        this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
    }

    @Override
    public Result extract(Article article, List<PlaceMention> mentions) {
        return new Run(article, mentions, lexicon != null ? lexicon : ActorLexicon.current()).run();
    }

    /** One candidate event inside an article, before the article's mentions are merged. */
    private static final class Cand {
        Family family;
        EventType type;
        int rank;
        EventDate date;
        boolean dated;
        Place place;
        boolean near;
        Place area;
        final List<Actor> actors = new ArrayList<>();
        final Set<String> victims = new LinkedHashSet<>();
        Integer fatalities;
        EventStatus status;
        final List<Evidence> evidence = new ArrayList<>();
        boolean anaphoric;
        /** Named with a determiner ("the attack", "the rally"): a reference back to an event already told. */
        boolean definite;
        /** The words of that reference, lower case ("attack"). */
        String definiteHead;
        boolean plainKill;
        /** Typed by the attacker or victims, not by the means ("attacked", "fired on"): any means may be the real one. */
        boolean generic;
        /** Typed only by a generic attack word ("attack", "targeted", "struck"), no weapon, no killing. */
        boolean attackWord;
        /** The text names the place as a province ("the province of Kirkuk") though it resolved to the town. */
        boolean provinceQualified;
        /** Index of the sentence it was first found in, and of the last sentence merged into it. */
        int sentence;
        int lastSentence;
        /** Trigger words of its mentions, lower case ("attack", "bombings", "fatally shot"). */
        final Set<String> heads = new LinkedHashSet<>();
        /** Neither a place nor a date of its own: kept only to merge with a fuller mention. */
        boolean weak;
        /** Told as background: long before publication or the origin of the conflict. */
        boolean background;
        /** Announced as a different event from those before ("In another attack", "Separately,"). */
        boolean distinct;
        /**
         * Other places the same violent sentence ties the event to by coordination ("struck sites in X and in Y", "near
         * X and Y"): ACLED codes one event per location, so each becomes an incident of its own.
         */
        final List<PlaceMention> alsoAt = new ArrayList<>();
    }

    /** Two places coordinated in one clause: "X and Y", "X as well as near Y", "X, and in Y", "in X, in Y". */
    private static final Pattern COORDINATION = Pattern.compile("(?i)^[^;:()]{0,90}?(?:\\band\\b|\\bas well as\\b|\\balong with\\b|,\\s*(?:in|at|near)\\b)[^;:()]{0,60}$");
    /** "south of Baghdad": a reference point, not a second place of the event. */
    private static final Pattern DIRECTION_OF = Pattern.compile("(?i)\\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?|km|kilometres|kilometers|miles|outskirts|capital) of\\s+(?:the\\s+)?$");

    private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(in|at|near|outside|inside|around|on|into|across|throughout|within|off|along"
            + "|toward|towards|from|to|left|leaving|entered|entering|reached|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of"
            + "|outskirts of|vicinity of|close to|next to|near to|edge of|border of)\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,5}?(?:of\\s+)?$");
    private static final Set<String> NEAR_WORDS = Set.of("near", "outside", "around", "outskirts of", "vicinity of", "close to", "next to",
            "near to", "edge of", "border of", "off", "along");
    private static final Pattern BLOCKING_VERB = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|reported|reports"
            + "|announced|announces|raised|raises|is|are|was|were|has|have|had|comes|came|described|praised|urged|called|accused|expressed|believes"
            + "|believed|remains|remain|sparked|prompted|caused|led|outraged|demonstrates|pushed|focused|brought|continues|continue|explained"
            + "|wrote|writes|quoted|according|because|while|although|whereas|but|which|who)\\b|[;:]");
    private static final Pattern NOT_A_LOCATION_AFTER = Pattern.compile("^[\\s-]*(?:War|Wars|Army|Government|Institute|Center|Centre|Ministry|Police"
            + "|Forces?|Brigades?|Movement|Party|Council|TV|News|Times|Post|Agency|University|Resistance|Airways|Airlines|Club|Company"
            + "|Corporation|Bank|Media|Network|Observer|Monitor|Daily|Today|Channel|Radio|Studies|Affairs|Foundation|Program|Programme"
            + "|Hamas|Hezbollah|Committee|Conflict|Crisis|Project|Embassy|embassy|Consulate|consulate|[Aa]mbassador|envoy)\\b");
    /** "the U.S. Embassy", "US interests": the country's name as a modifier, not the forces acting. */
    private static final Pattern NOT_AN_ACTOR_AFTER = Pattern.compile("^['’]?s?\\s+(?:Embassy|embassy|Department|Treasury|State Department|Congress"
            + "|Senate|officials|government|interests|citizens|presence|support|President|Secretary|administration|media|announcement)\\b");
    private static final Pattern SUBJECT_GAP = Pattern.compile("(?i)(?:[\\s,]|['’]s\\b|\\b(?:forces|military|troops|army|had|has|have|was|were|been|is|are"
            + "|reportedly|allegedly|also|then|later|again|repeatedly|recently|previously|apparently|once|had been)\\b)*");
    /**
     * A clause boundary between a trigger and a date: the date then belongs to another verb ("the attack left two
     * guards wounded, but on February 12 the hospital said"; "crowds gathered on Monday as police searched the church").
     */
    /** The sentences of text that make an article's lead. */
    static final int LEAD_SENTENCES = 4;
    /** How far after its trigger a date may lie when another verb comes between them. */
    private static final int DATE_REACH = 90;
    private static final Pattern DATE_OTHER_VERB = Pattern.compile("(?i)\\b(?:took|take|taken|seized|captured|controlled|built|set up|"
            + "established|founded|formed|began|started|fought|used|was|were|had|has|during|since)\\b");
    private static final Pattern DATE_BARRIER = Pattern.compile("(?i)\\b(?:but|however|although|though|whereas|as(?! (?:well|many|much|part|a|an|the|of|if"
            + "|though|long|soon|far|high|low|few|little|usual|expected|planned|such|it|they|he|she)\\b))\\b|;");
    private static final Pattern DISRUPTED = Pattern.compile("(?i)\\b(?:(?:failed|fails) to|did not|didn't|does not|never) (?:detonate|explode|go off)"
            + "|\\b(?:defused|disarmed|dismantled|diffused)\\b|\\b(?:bomb|device|explosives?|IED)s? (?:was|were) (?:found|discovered|seized)\\b");
    private static final Pattern COMES_AFTER = Pattern.compile("(?i)\\b(?:comes?|came|coming)\\s+(?:just |only |barely |nearly |almost |exactly |more than |less than )?"
            + "(?:(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:days?|weeks?|months?|years?) )?(?:after|on the heels of)\\b");
    /** Words of crime reporting beyond {@link EventTyping#CRIMINAL}, to tell crime news from conflict news. */
    private static final Pattern CRIME_WORD = Pattern.compile("(?i)\\b(?:arrested|custody|investigators?|investigation|motive|sheriff|deputies"
            + "|police (?:say|said|says)|officers responded|handgun|firearm|gunshot|missing|hospitali[sz]ed|victim's)\\b");
    private static final Pattern TARGET_VERB_BEFORE = Pattern.compile("(?i)\\b(?:shelled|bombed|bombarded|struck|hit|attacked|raided|stormed|targeted|pounded"
            + "|besieged|captured|seized|overran|recaptured|fired (?:on|at|upon|into))\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?(?:of\\s+|in\\s+)?$");
    private static final Pattern PREMODIFIER_GAP = Pattern.compile("(?i)\\s+(?:(?:deadly|twin|double|triple|car|truck|suicide|terror|terrorist|militant|mass|street|weekend)\\s+)?");
    private static final Pattern DETERMINER_END = Pattern.compile("(?i)\\b(?:a|an|the|this|that|last|latest|recent|weekend)\\s+$");
    private static final Pattern ANOTHER_EVENT = Pattern.compile("(?i)\\b(?:another|a second|a third|a fourth|a separate|a further|in separate)\\s+"
            + "(?:\\w+\\s+)?(?:attacks?|incidents?|strikes?|bombings?|blasts?|explosions?|clash(?:es)?|raids?|ambush(?:es)?|shootings?)\\b"
            + "|^\\W*(?:Separately|Elsewhere|Meanwhile|In retaliation)\\b"
            // "The rebels retaliated, shelling two villages": a response is another event, by other hands.
            + "|\\b(?:retaliated|retaliating|hit back|struck back)\\b");
    private static final Pattern TOLL_WORD = Pattern.compile("dead|died|killed|death|toll|fatalit|slain");
    private static final Pattern REPORTING_VERB = Pattern.compile("\\b(?:says?|said|told|tells|reported|reports|according|added|stated|confirmed"
            + "|announced|insists?|insisted|claims?|claimed)\\b");
    private static final Pattern EXPLOSIVE_HEAD = Pattern.compile("bomb|blast|explos");
    private static final Pattern TARGETED_HEAD = Pattern.compile("assassinat|kill|murder|shot|shooting|stabb");
    /** The event is the origin of the conflict being reported: background, not news. */
    private static final Pattern ORIGIN = Pattern.compile("(?i)\\b(?:ignit(?:ed|ing)|spark(?:ed|ing)|trigger(?:ed|ing)|started|began|launched|touched off|set off)\\s+(?:the\\s+)?"
            + "(?:[\\w-]+\\s+){0,2}?(?:conflict|war|uprising|revolution|crisis|insurgency|revolt|unrest)\\b");
    private static final String[] ORIGIN_WORDS = {"gnit", "park", "rigger", "tarted", "egan", "aunched", " off "};
    private static final String[] ANOTHER_WORDS = {"nother", "econd", "hird", "ourth", "eparate", "urther", "lsewhere", "eanwhile", "etaliat", " back"};
    private static final Pattern YEARS_AGO = Pattern.compile("(?i)\\b(?:years?|decades?)\\s+(?:ago|earlier|before)\\b");
    /** Words that show an article is about terrorism or armed conflict even when no known group is named. */
    private static final Pattern CONFLICT_WORD = Pattern.compile("(?i)\\b(?:terror\\w*|militants?|militias?|jihad\\w*|insurgen\\w*|extremis\\w*|rebels?"
            + "|guerrillas?|islamist\\w*|separatists?|armed groups?|airstrikes?|air strikes?|shelling|troops|soldiers|army"
            + "|nerve agents?|chemical (?:weapons?|attacks?))\\b");
    private static final Pattern PROVINCE_WORD = Pattern.compile("(?i)\\b(?:province|governorate|region|state|district) of\\s+(?:\\S+\\s+)?\\S+$"
            + "|(?i)^\\S+(?:\\s+\\S+)?\\s+(?:province|governorate)\\b|\\b(?:province|governorate)\\b");
    /** "X province", or "X and Y governorates" for the first of a list. */
    private static final Pattern PROVINCE_AFTER = Pattern.compile("^(?:\\s+(?:province|governorate)s?\\b"
            + "|\\s+and\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?\\s+(?:provinces|governorates)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPPOSED_BEFORE = Pattern.compile("(?i)\\b(?:alongside|against|fight|fighting|with the aim of)\\s+(?:the\\s+)?$");
    private static final Set<String> WEAK_ALIASES = Set.of("U.S.", "US", "United States", "America", "Americans", "Israel");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"'”’)\\]]\\s*$");
    private static final Pattern DEPLOYMENT_CUE = Pattern.compile("(?i)\\b(?:(?:still |currently |now |permanently )?(?:deployed|redeployed|stationed|(?<!-)based|present"
            + "|positioned|garrisoned|entrenched|headquartered|active)|operat(?:es|ing|e)|fight(?:s|ing)|(?:presence|deployment) of"
            + "|(?:has|have|keeps?|maintains?|with)\\s+(?:about |some |around |nearly |more than |over |roughly )?[\\d,]+\\s+(?:troops|soldiers|forces|personnel|fighters))\\b");
    private static final PatternGate DEPLOYMENT_CUE_GATE = new PatternGate(DEPLOYMENT_CUE);
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^(?:[\\s,;]|and|or|as well as|particularly|especially|including|mainly|notably|in|at"
            + "|around|near|across|the|border|town|city|village|province|governorate|region|area|of|'s|’s|both|then|also)*$");
    private static final Pattern UNNAMED_GROUP = Pattern.compile("((?:(?:[A-Z][\\p{L}'’-]+|armed|Iran-backed|pro-Iranian|Shi'ite|Shiite|Sunni|local|allied)\\s+){1,3}"
            + "(?:factions|militias|groups|forces|fighters|troops|units))");
    private static final Pattern CAPITALISED_NAME = Pattern.compile("\\b((?:[A-Z][\\p{L}'’]+(?:-[A-Z]?[\\p{L}'’]+)?\\s+){1,3}[A-Z][\\p{L}'’]+(?:-[A-Z]?[\\p{L}'’]+)?)\\b");
    private static final Set<String> NOT_NAME_START = Set.of("The", "On", "In", "At", "A", "An", "According", "After", "Before", "Since", "Although",
            "While", "When", "Last", "Earlier", "Iraqi", "Iranian", "Syrian", "Lebanese", "Russian", "American", "Israeli", "Deputy",
            "Foreign", "Minister", "President", "Supreme", "Leader", "Secretary", "General", "Chief", "Commander", "Prime", "Grand");

    private final class Run {
        final Article article;
        final String text;
        final List<PlaceMention> places;
        final List<ActorLexicon.Mention> actorMentions;
        final List<DateResolver.Found> dates;
        final Place focus;
        int focusMentions;
        final PublicationAnchor publication;
        /** The actor mentions' spans, for "is this place inside an actor's name" in log time. */
        final SpanIndex actorSpans;
        /** The article's own time: its publication date, else the latest date it mentions. */
        final LocalDate reference;
        final List<Cand> cands = new ArrayList<>();
        final List<Deployment> deployments = new ArrayList<>();
        /** Per sentence index, the person "he" or "she" most likely refers to there. */
        final Map<Integer, Actor> subjects = new HashMap<>();
        /** Persons this article introduces by a role ("militia leader X"), by id: the lexicon does not list them. */
        final Map<String, ActorLexicon.Entry> articlePersons = new HashMap<>();

        final ActorLexicon lexicon;

        Run(Article article, List<PlaceMention> mentions, ActorLexicon lexicon) {
            this.lexicon = lexicon;
            this.article = article;
            this.text = ActorLexicon.normalise(article.text());
            this.actorMentions = withNationalForces(lexicon.findInArticle(text), mentions);
            for (ActorLexicon.Mention m : actorMentions) {
                if (m.entry() != null && m.entry().id().startsWith(TitledPersons.PERSON_ID)) {
                    articlePersons.put(m.entry().id(), m.entry());
                }
            }
            this.actorSpans = new SpanIndex(actorMentions.stream().map(ActorLexicon.Mention::span).toList());
            this.places = usablePlaces(mentions);
            PublicationAnchor anchor = PublicationAnchor.of(article);
            this.publication = anchor;
            this.dates = DateAnchoring.dates(text, anchor);
            LocalDate ref = anchor.date();
            if (ref == null) {
                for (DateResolver.Found d : dates) {
                    if (d.date().isResolved() && (ref == null || d.date().end().isAfter(ref))) {
                        ref = d.date().end();
                    }
                }
            }
            this.reference = ref;
            this.focus = focusCountry(mentions);
            trackSubjects();
        }

        /**
         * A light centering rule: a sentence opening with a named person makes that person the topic; one opening
         * with "He" keeps the topic; "he" in a sentence refers to the topic as it stood before that sentence.
         */
        private void trackSubjects() {
            Actor topic = null;
            for (Sentence s : article.sentences()) {
                subjects.put(s.index(), topic);
                if (s.boilerplate()) {
                    continue;
                }
                int from = s.span().start();
                for (ActorLexicon.Mention m : actorMentions) {
                    if (m.span().start() >= from && m.span().start() < Math.min(s.span().end(), from + 60) && m.entry() != null
                            && m.entry().type() == ActorType.PERSON) {
                        topic = m.toActor(article.id(), s.index());
                        break;
                    }
                }
            }
        }

        Result run() {
            for (Sentence s : article.sentences()) {
                if (s.boilerplate() || isHeadline(s)) {
                    continue;
                }
                sentenceEvents(s);
                sentenceDeployments(s);
            }
            List<Cand> merged = mergePartialMentions(mergeWithinArticle());
            dateUndatedLead(merged);
            Boolean crimeNews = null;
            List<Incident> incidents = new ArrayList<>();
            int n = 0;
            for (Cand c : merged) {
                if (c.family == Family.VIOLENT && c.place == null && !c.dated && c.weak) {
                    // Never tied to a place or a date, even by a later mention.
                    continue;
                }
                if (c.family == Family.VIOLENT && !c.type.type().equals(EventTyping.IED.type())
                        && c.actors.stream().noneMatch(this::isConflictActor) && (crimeNews != null ? crimeNews : (crimeNews = isCrimeNews()))) {
                    // A shooting, stabbing or kidnapping in crime news: not political violence.
                    continue;
                }
                if (c.background) {
                    c.status = EventStatus.BACKGROUND;
                }
                if (c.family != Family.VIOLENT && c.family != Family.PROTEST && c.actors.stream().noneMatch(this::isConflictActor)) {
                    // Meetings, visits, threats and arrests are ACLED strategic developments only between conflict actors.
                    continue;
                }
                if (c.place == null && c.area == null && c.family != Family.VIOLENT) {
                    // Meetings and statements of the article's actors are placed in the country it is about, at country
                    // level; violence with no place named stays unplaced rather than guessed.
                    c.area = focus;
                }
                Integer fatalities = c.fatalities;
                if (fatalities == null && c.family == Family.VIOLENT) {
                    fatalities = 0;
                }
                int gp = c.place == null || c.provinceQualified ? 3 : Places.geoPrecision(c.place, c.near);
                incidents.add(new Incident(article.id() + "#e" + (++n), c.type, c.date, c.place, gp, dedupe(c.actors), fatalities,
                        c.status, c.evidence, List.of(article.id()), null, c.place == null ? c.area : null));
                if (c.place != null) {
                    for (PlaceMention m : c.alsoAt) {
                        // One event per location; the toll stays with the first place (the text does not split it).
                        int gpm = Places.geoPrecision(m.place(), false);
                        incidents.add(new Incident(article.id() + "#e" + (++n), c.type, c.date, m.place(), gpm, dedupe(c.actors),
                                c.family == Family.VIOLENT ? Integer.valueOf(0) : null, c.status, c.evidence, List.of(article.id()), null, null));
                    }
                }
            }
            return new Result(incidents, pruneDeployments());
        }

        /**
         * News reports what just happened: an event the article's lead reports (its first {@value #LEAD_SENTENCES}
         * sentences of text) without a date of its own happened about when the article was published. It takes the
         * publication day (or month, if only that is known), said so in its text and marked when the publication
         * date is itself approximate. Background, claimed, planned and threatened events are left undated.
         */
        private void dateUndatedLead(List<Cand> merged) {
            if (!publication.monthLevel()) {
                return;
            }
            int seen = 0;
            int leadEnd = -1;
            for (Sentence s : article.sentences()) {
                if (!s.boilerplate() && !isHeadline(s) && ++seen == LEAD_SENTENCES) {
                    leadEnd = s.index();
                    break;
                }
            }
            if (leadEnd < 0 && seen > 0) {
                leadEnd = Integer.MAX_VALUE;
            }
            for (Cand c : merged) {
                if ((c.dated && c.date.isResolved()) || c.weak || c.place == null && c.area == null || c.background || c.status != EventStatus.REPORTED || c.sentence > leadEnd
                        || c.family == Family.THREAT) {
                    continue;
                }
                java.time.LocalDate d = publication.date();
                EventDate date = publication.dayLevel()
                        ? new EventDate(d, d, DatePrecision.DAY, "publication date (the lead gives none)", false, publication.approximate())
                        : new EventDate(d.withDayOfMonth(1), d, DatePrecision.MONTH, "publication month (the lead gives none)", false,
                                publication.approximate());
                c.date = date;
                c.dated = true;
            }
        }

        // ---- incidents

        private void sentenceEvents(Sentence s) {
            int from = s.span().start();
            int to = s.span().end();
            Map<Family, List<Hit>> byFamily = new LinkedHashMap<>();
            List<Hit> hits = EventTyping.hits(text, from, to);
            int newsFrom = from;
            if (hits.size() > 1 && text.substring(from, to).contains("after")) {
                Matcher after = COMES_AFTER.matcher(text).region(from, to);
                newsFrom = after.find() ? after.end() : from;
            }
            for (Hit h : hits) {
                if (h.start() < newsFrom) {
                    // "Friday's blast came two days after a car bomb killed four": the sentence reports the second event.
                    continue;
                }
                byFamily.computeIfAbsent(h.trigger().family(), k -> new ArrayList<>()).add(h);
            }
            if (!byFamily.containsKey(Family.VIOLENT)) {
                addTrailingToll(s);
            }
            if (byFamily.isEmpty()) {
                return;
            }
            List<Hit> mains = new ArrayList<>();
            for (List<Hit> hs : byFamily.values()) {
                hs.sort(Comparator.comparingInt((Hit h) -> h.trigger().rank()).thenComparingInt(Hit::start));
                mains.add(hs.get(0));
            }
            List<DateResolver.Found> sentenceDates = dates.stream()
                    .filter(d -> d.span().start() >= from && d.span().end() <= to).toList();
            for (Map.Entry<Family, List<Hit>> e : byFamily.entrySet()) {
                List<Hit> hs = e.getValue();
                Hit main = hs.get(0);
                Cand c = new Cand();
                c.family = e.getKey();
                c.rank = main.trigger().rank();
                c.status = EventTyping.status(main, text, from, to);
                // A date belongs to the nearest trigger of any family in the sentence.
                DateResolver.Found date = null;
                for (DateResolver.Found d : sentenceDates) {
                    Hit nearest = nearestHit(mains, d.span());
                    if (nearest != main || acrossClause(main, d.span())) {
                        continue;
                    }
                    if (d.span().start() > main.end() && d.span().start() - main.end() > DATE_REACH
                            && DATE_OTHER_VERB.matcher(text.substring(main.end(), d.span().start())).find()) {
                        // "the targets struck was a base ..., a town the group took over during the war in 2014": a date far
                        // after the trigger, past another verb, dates that verb.
                        continue;
                    }
                    if (date == null || better(d, date, main)) {
                        date = d;
                    }
                }
                c.dated = date != null;
                c.date = date != null ? date.date() : EventDate.unresolved(null);
                tiePlace(c, hs, main, from, to);
                boolean definite = EventTyping.isDefiniteNominal(main, text, from);
                c.anaphoric = definite && c.place == null && date == null;
                // "The attack left one officer dead before police shot and killed the attacker": the sentence is about the
                // attack it opens with, though the killing types it.
                Hit first = hs.stream().min(Comparator.comparingInt(Hit::start)).orElse(main);
                c.definite = definite || first != main && EventTyping.isDefiniteNominal(first, text, from);
                c.definiteHead = (definite ? main : first).words().toLowerCase(Locale.ROOT);
                c.actors.addAll(actorsIn(from, to));
                if (c.anaphoric) {
                    // A later mention of the event lends only the actors named next to it, and not those it is set against
                    // ("the meeting may set the scene ... to fight alongside the Russian army").
                    c.actors.removeIf(a -> a.evidence() == null || hs.stream().allMatch(h -> distance(h.start(), h.end(),
                            a.evidence().span().start(), a.evidence().span().end()) > 120)
                            || c.family != Family.VIOLENT && OPPOSED_BEFORE.matcher(text.substring(
                                    Math.max(from, a.evidence().span().start() - 30), a.evidence().span().start())).find());
                }
                addUnknownSubject(c, main, from);
                resolvePronounSubject(c, main, from);
                if (c.family == Family.VIOLENT) {
                    victims(c, from, to);
                    // An official named in a violent sentence condemns, reports or visits it: no party unless a victim.
                    c.actors.removeIf(a -> a.id() != null && articlePersons.containsKey(a.id()) && articlePersons.get(a.id()).group() == null
                            && !c.victims.contains(a.id()));
                    c.fatalities = Fatalities.in(text.substring(from, to));
                    c.type = violentType(main, c, from, to);
                    c.plainKill = main.trigger().typing() == EventTyping.Typing.BY_VICTIM;
                    c.generic = main.trigger().typing() != EventTyping.Typing.FIXED;
                    c.attackWord = main.trigger().typing() == EventTyping.Typing.BY_ATTACKER;
                    if (c.type.type().equals(EventTyping.IED.type()) && DISRUPTED.matcher(text.substring(from, to)).find()) {
                        // The device was found or failed to go off: a foiled use of weapons, not an explosion.
                        c.type = EventTyping.DISRUPTED;
                        c.fatalities = 0;
                    }
                } else {
                    c.type = main.trigger().type();
                }
                c.evidence.add(new Evidence(article.id(), s.index(), s.span()));
                c.sentence = s.index();
                c.lastSentence = s.index();
                for (Hit h : hs) {
                    c.heads.add(h.words().toLowerCase(Locale.ROOT));
                }
                c.background = isBackground(c.date, from, to);
                c.distinct = c.family == Family.VIOLENT && EventTyping.mentions(text.substring(from, to), ANOTHER_WORDS)
                        && ANOTHER_EVENT.matcher(text).region(from, to).find();
                if (c.family == Family.VIOLENT && c.status == EventStatus.PLANNED) {
                    // A plot ("accused of plotting an attack", "planned to bomb"): nothing happened yet, so no event.
                    continue;
                }
                if (c.family == Family.VIOLENT && !c.anaphoric && EventTyping.CRIMINAL.matcher(text.substring(from, to)).find()
                        && c.actors.stream().noneMatch(this::isConflictActor)) {
                    // Crime news (a murder trial, a suspect charged): not political violence unless a conflict actor is named.
                    continue;
                }
                if (!c.anaphoric && c.place == null && !c.dated && !(definite && c.family == Family.VIOLENT && !c.victims.isEmpty())) {
                    // Neither where nor when: too little to map, and usually a generic statement. Violence is kept for
                    // now, to lend its type and toll to a fuller mention ("A suicide car bomb in northern Iraq killed
                    // 11 soldiers" ... "The blast ... in the city of Erbil"); alone it is dropped at the end.
                    if (c.family != Family.VIOLENT) {
                        continue;
                    }
                    c.weak = true;
                }
                if (definite && !c.victims.isEmpty() && c.place == null && date == null) {
                    c.anaphoric = true;
                }
                cands.add(c);
            }
        }

        private Hit nearestHit(List<Hit> hits, TextSpan span) {
            Hit best = null;
            int bestD = Integer.MAX_VALUE;
            for (Hit h : hits) {
                int d = distance(h.start(), h.end(), span.start(), span.end());
                if (d < bestD) {
                    bestD = d;
                    best = h;
                }
            }
            return best;
        }

        /** A clause boundary ("but", "as", ";") lies between the trigger and the date. */
        private boolean acrossClause(Hit h, TextSpan d) {
            int a = Math.min(h.end(), d.start());
            int b = Math.max(h.start(), d.end());
            if (a >= b) {
                return false;
            }
            return DATE_BARRIER.matcher(text.substring(a, b)).find();
        }

        /**
         * Background rather than news: dated years before the article ("seven years ago", or over a year before the
         * publication date, else before the latest date the article mentions), or told as the origin of the conflict
         * ("the protests that sparked the uprising").
         */
        private boolean isBackground(EventDate d, int from, int to) {
            if (d.text() != null && YEARS_AGO.matcher(d.text()).find()) {
                return true;
            }
            if (d.isResolved() && reference != null && d.end().isBefore(reference.minusDays(365))) {
                return true;
            }
            String sentence = text.substring(from, to);
            return EventTyping.mentions(sentence, ORIGIN_WORDS) && ORIGIN.matcher(sentence).find();
        }

        /**
         * A sentence that gives a death toll but names no violence of its own ("At least 25 people are dead, the
         * ministry said") completes the violent event reported just before it.
         */
        private void addTrailingToll(Sentence s) {
            Cand last = null;
            for (int i = cands.size() - 1; i >= 0 && last == null; i--) {
                if (cands.get(i).family == Family.VIOLENT) {
                    last = cands.get(i);
                }
            }
            if (last == null || s.index() - last.lastSentence > 2) {
                return;
            }
            String sentence = s.of(text);
            if (!TOLL_WORD.matcher(sentence).find()) {
                return;
            }
            Integer n = Fatalities.in(sentence);
            if (n == null || n == 0 || EventTyping.isTally(sentence)) {
                return;
            }
            for (DateResolver.Found d : dates) {
                if (d.span().start() >= s.span().start() && d.span().end() <= s.span().end()) {
                    // A toll with its own date may be another event's.
                    return;
                }
            }
            for (int i = cands.size() - 1; i >= 0; i--) {
                Cand c = cands.get(i);
                if (c.family != Family.VIOLENT) {
                    continue;
                }
                if (s.index() - c.lastSentence <= 2 && !c.type.equals(EventTyping.DISRUPTED)) {
                    if (c.fatalities == null || c.fatalities < n) {
                        c.fatalities = n;
                    }
                    c.evidence.add(new Evidence(article.id(), s.index(), s.span()));
                    c.lastSentence = s.index();
                }
                return;
            }
        }

        /** The more precise date wins; between equals, the nearer one. */
        private boolean better(DateResolver.Found a, DateResolver.Found b, Hit h) {
            int pa = a.date().isResolved() ? a.date().precision().ordinal() : 9;
            int pb = b.date().isResolved() ? b.date().precision().ordinal() : 9;
            if (pa != pb) {
                return pa < pb;
            }
            return distance(h.start(), h.end(), a.span().start(), a.span().end())
                    < distance(h.start(), h.end(), b.span().start(), b.span().end());
        }

        private void tiePlace(Cand c, List<Hit> hs, Hit main, int from, int to) {
            boolean movement = hs.stream().anyMatch(h -> h.trigger().movement());
            List<PlaceMention> tied = new ArrayList<>();
            Map<PlaceMention, Boolean> nearBy = new HashMap<>();
            Map<PlaceMention, Integer> dist = new HashMap<>();
            for (PlaceMention m : places) {
                if (m.span().start() < from || m.span().end() > to) {
                    continue;
                }
                boolean modifier = beforeTriggerNoun(m, hs);
                if (modifier && Places.isCountryLevel(m.place())) {
                    // "in a US drone strike", "an Iraqi army raid": a country before the noun says whose it was, not where.
                    continue;
                }
                String prep = locativeBefore(m, from, movement);
                if (prep == null && modifier && DETERMINER_END.matcher(text.substring(Math.max(0, m.span().start() - 12), m.span().start())).find()) {
                    // "a London rally", "the Kabul suicide bombing": the place names where the event was.
                    prep = "in";
                }
                if (prep == null) {
                    continue;
                }
                Hit h = nearestHit(hs, m.span());
                int a = Math.min(h.end(), m.span().start());
                int b = Math.max(h.start(), m.span().end());
                String between = h.end() <= m.span().start() ? text.substring(h.end(), m.span().start())
                        : m.span().end() <= h.start() ? text.substring(m.span().end(), h.start()) : "";
                if (b - a > 160 || BLOCKING_VERB.matcher(between).find()) {
                    continue;
                }
                tied.add(m);
                nearBy.put(m, NEAR_WORDS.contains(prep.toLowerCase(Locale.ROOT)) || prep.toLowerCase(Locale.ROOT).matches(".*\\b(?:north|south|east|west)\\w* of"));
                dist.put(m, distance(h.start(), h.end(), m.span().start(), m.span().end()));
            }
            if (tied.isEmpty()) {
                return;
            }
            tied.sort(Comparator.comparingInt(dist::get));
            PlaceMention best = tied.get(0);
            for (PlaceMention m : tied) {
                Place p = m.place();
                if (Places.specificity(p) < Places.specificity(best.place()) && Places.contains(best.place(), p)) {
                    best = m;
                }
            }
            // "near the Embassy in Baghdad": the nearness qualifies the most specific place named.
            boolean near = nearBy.get(best) || nearBy.get(tied.get(0));
            if (Places.isCountryLevel(best.place())) {
                // "near the US embassy in Baghdad": a town named with the event says more than a country beside it.
                for (PlaceMention m : tied) {
                    if (!Places.isCountryLevel(m.place())) {
                        best = m;
                        break;
                    }
                }
            }
            if (Places.isCountryLevel(best.place())) {
                c.area = best.place();
            } else {
                if (c.family == Family.VIOLENT) {
                    coordinatedPlaces(c, best, tied, from);
                }
                c.place = best.place();
                c.near = near;
                c.provinceQualified = Places.specificity(best.place()) < 3 && PROVINCE_WORD.matcher(
                        text.substring(Math.max(from, best.span().start() - 25), Math.min(to, best.span().end() + 14))).find();
            }
        }

        /** Places coordinated with the chosen one, far from it and not containing or inside it (see {@link Cand#alsoAt}). */
        private void coordinatedPlaces(Cand c, PlaceMention best, List<PlaceMention> tied, int from) {
            for (PlaceMention m : tied) {
                if (m == best || Places.isCountryLevel(m.place()) || Places.contains(m.place(), best.place())
                        || Places.contains(best.place(), m.place()) || Places.consistent(m.place(), best.place(), 25)
                        || c.alsoAt.stream().anyMatch(o -> Places.consistent(o.place(), m.place(), 25))) {
                    continue;
                }
                if (DIRECTION_OF.matcher(text.substring(Math.max(from, m.span().start() - 30), m.span().start())).find()) {
                    continue;
                }
                PlaceMention first = m.span().start() < best.span().start() ? m : best;
                PlaceMention second = first == m ? best : m;
                if (first.span().end() > second.span().start()) {
                    continue;
                }
                String between = text.substring(first.span().end(), second.span().start());
                if (between.length() <= 150 && COORDINATION.matcher(between).find() && !BLOCKING_VERB.matcher(between).find()) {
                    c.alsoAt.add(m);
                }
            }
        }

        /** The mention stands right before a nominal trigger, as its modifier ("a London rally", "a US drone strike"). */
        private boolean beforeTriggerNoun(PlaceMention m, List<Hit> hs) {
            for (Hit h : hs) {
                if (h.trigger().nominal() && !h.words().endsWith("ed") && h.start() >= m.span().end() && h.start() - m.span().end() <= 24
                        && PREMODIFIER_GAP.matcher(text.substring(m.span().end(), h.start())).matches()) {
                    return true;
                }
            }
            return false;
        }

        /** The locative word tying a mention to what precedes it ("in", "near", "north of"), or null. */
        private String locativeBefore(PlaceMention m, int from, boolean movement) {
            String before = text.substring(Math.max(from, m.span().start() - 70), m.span().start());
            Matcher lm = LOCATIVE.matcher(before);
            if (!lm.find()) {
                if (TARGET_VERB_BEFORE.matcher(before).find()) {
                    // "shelled government-held districts of X", "stormed the town of X": the target is where it happened.
                    return "at";
                }
                // "Baghdad's Green Zone", "the Anbar town of" — also a sentence-initial "In Moscow," is caught above.
                return null;
            }
            String prep = lm.group(1);
            String p = prep.toLowerCase(Locale.ROOT);
            if ((p.equals("to") || p.equals("toward") || p.equals("towards")) && !movement) {
                return null;
            }
            if (p.equals("from") && !movement) {
                return null;
            }
            return prep;
        }

        private EventType violentType(Hit main, Cand c, int from, int to) {
            EventTyping.Trigger t = main.trigger();
            String sentence = text.substring(from, to);
            switch (t.typing()) {
                case BY_VICTIM: {
                    // Active voice names victims after the verb ("shot dead three civilians"); passive before ("27 members ... were killed").
                    String after = text.substring(main.end(), Math.min(to, main.end() + 60));
                    String before = text.substring(Math.max(from, main.start() - 80), main.start());
                    // Only the clause of the verb: not "Police say" or "The warning came after" before it.
                    before = before.replaceFirst("(?is)^.*(?:\\b(?:says?|said|that|after|when|while|because)\\b|[,;:])", "");
                    boolean passive = before.matches("(?is).*\\b(?:was|were|been|being|are|is)\\s+(?:\\w+\\s+)?$");
                    // A reduced relative ("forces recently killed in ...") names them before the verb too; an active
                    // verb with an object ("a policeman fatally shot the judge") has its attacker there instead.
                    boolean reduced = after.matches("(?is)^\\s*(?:in|by|during|at|near|on|when|while|after|as|,|\\.).*");
                    for (String victims : passive ? List.of(before) : reduced ? List.of(after, before) : List.of(after)) {
                        // The first victims named are the main ones ("four soldiers and a woman").
                        Matcher civ = EventTyping.CIVILIAN_NOUN.matcher(victims);
                        Matcher arm = EventTyping.ARMED_NOUN.matcher(victims);
                        int ci = civ.find() ? civ.start() : Integer.MAX_VALUE;
                        int ai = arm.find() ? arm.start() : Integer.MAX_VALUE;
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
                    Actor attacker = subjectBefore(main, from);
                    if (attacker != null && attacker.id() != null && EventTyping.AIR_POWER.contains(attacker.id())
                            && !EventTyping.GROUND_WORD.matcher(sentence).find()) {
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
                    after = after.replaceFirst("(?is)\\bby\\b.*$", "");
                    // Before the verb stands the attacker ("the insurgents attacked"), the target only in the passive.
                    boolean passiveVerb = before.matches("(?is).*\\b(?:was|were|been|being|are|is|got)\\s+(?:\\w+ly\\s+)?$");
                    if (EventTyping.CIVILIAN_NOUN.matcher(after).find() && !EventTyping.ARMED_NOUN.matcher(after).find()) {
                        return EventTyping.CIVILIANS_ATTACKED;
                    }
                    if (EventTyping.ARMED_NOUN.matcher(after).find() || passiveVerb && EventTyping.ARMED_NOUN.matcher(before).find()) {
                        return EventTyping.CLASH;
                    }
                    if (passiveVerb && EventTyping.CIVILIAN_NOUN.matcher(before).find()) {
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
                    return armedActor && !EventTyping.CIVILIAN_NOUN.matcher(sentence).find() ? EventTyping.CLASH
                            : EventTyping.CIVILIANS_ATTACKED;
                }
                default:
                    return t.type();
            }
        }

        /** The actor right before the verb, with at most auxiliaries and adverbs between ("US forces had reportedly targeted"). */
        private Actor subjectBefore(Hit h, int from) {
            Actor best = null;
            for (ActorLexicon.Mention m : actorMentions) {
                if (m.span().start() >= from && m.span().end() <= h.start() && m.entry() != null
                        && m.entry().type() != ActorType.CIVILIANS && m.entry().type() != ActorType.OTHER
                        && SUBJECT_GAP.matcher(text.substring(m.span().end(), h.start())).matches()) {
                    best = m.toActor(article.id(), article.sentenceAt(m.span().start()));
                }
            }
            return best;
        }

        /** Persons killed: "X's killing", "killing of ... X", "X ... was killed". */
        private void victims(Cand c, int from, int to) {
            Pattern kill = Pattern.compile("(?i)\\b(?:killing|killed|assassinat\\w+|death)\\b");
            for (ActorLexicon.Mention m : actorMentions) {
                if (m.span().start() < from || m.span().end() > to || m.entry() == null || m.entry().type() != ActorType.PERSON) {
                    continue;
                }
                String after = text.substring(m.span().end(), Math.min(to, m.span().end() + 90));
                String before = text.substring(Math.max(from, m.span().start() - 70), m.span().start());
                boolean possessiveKill = after.matches("(?is)^['’]s\\s+(?:\\w+\\s+){0,2}(?:killing|assassination|death).*");
                boolean ofKill = before.matches("(?is).*\\b(?:killing|assassination|death|killed)\\s+(?:of\\s+)?.*") && !before.contains(".");
                boolean passive = after.matches("(?is)^[^.;]{0,70}\\b(?:was|were|been)\\s+(?:\\w+\\s+)?(?:killed|assassinated|slain).*");
                if (possessiveKill || ofKill || passive) {
                    if (kill.matcher(text.substring(from, to)).find()) {
                        c.victims.add(m.entry().id());
                    }
                }
            }
        }

        private List<Actor> actorsIn(int from, int to) {
            List<Actor> out = new ArrayList<>();
            for (ActorLexicon.Mention m : actorMentions) {
                if (m.span().start() >= from && m.span().end() <= to && m.entry() != null && m.entry().type() != ActorType.CIVILIANS
                        && m.entry().type() != ActorType.OTHER
                        && !NOT_AN_ACTOR_AFTER.matcher(text.substring(m.span().end(), Math.min(to, m.span().end() + 25))).find()) {
                    out.add(m.toActor(article.id(), article.sentenceAt(m.span().start())));
                }
            }
            return out;
        }

        /** A capitalised "Name Name" right before the trigger that the lexicon does not know is kept as an unknown actor. */
        private void addUnknownSubject(Cand c, Hit main, int from) {
            int start = Math.max(from, main.start() - 90);
            Matcher m = CAPITALISED_NAME.matcher(text).region(start, main.start());
            String found = null;
            int fs = -1;
            int fe = -1;
            while (m.find()) {
                String name = m.group(1).trim();
                String first = name.split("\\s+")[0];
                if (NOT_NAME_START.contains(first) || name.contains("-backed") || overlapsKnown(m.start(1), m.end(1))
                        || REPORTING_VERB.matcher(text.substring(m.end(1), main.start())).find()) {
                    // "Ali Hassan says the army fired": the speaker, not the attacker.
                    continue;
                }
                found = name;
                fs = m.start(1);
                fe = m.end(1);
            }
            if (found != null) {
                c.actors.add(new Actor(null, found, ActorType.UNKNOWN, Evidence.of(article.id(), article.sentenceAt(fs), fs, fe)));
            }
        }

        private boolean overlapsKnown(int s, int e) {
            TextSpan span = new TextSpan(s, e);
            for (ActorLexicon.Mention a : actorMentions) {
                if (a.span().overlaps(span)) {
                    return true;
                }
            }
            for (PlaceMention p : places) {
                if (p.span().overlaps(span)) {
                    return true;
                }
            }
            return false;
        }

        /** "he traveled to Beirut": the last person named before; "it", "the group": the last group. */
        private void resolvePronounSubject(Cand c, Hit main, int from) {
            String before = text.substring(from, main.start());
            Matcher m = Pattern.compile("(?:^|[\\s,])(He|he|She|she|It|it|The group|the group|The militia|the militia|The movement|the movement)\\s+(?:\\w+\\s+){0,3}$").matcher(before);
            if (!m.find() || c.actors.stream().anyMatch(a -> a.evidence() != null && a.evidence().span().start() < main.start()
                    && a.evidence().span().start() >= from && (a.type() == ActorType.PERSON || a.type() == ActorType.ARMED_GROUP))) {
                return;
            }
            boolean person = m.group(1).equalsIgnoreCase("he") || m.group(1).equalsIgnoreCase("she");
            Actor a = person ? subjects.get(article.sentenceAt(from)) : lastActorBefore(from, ActorType.ARMED_GROUP);
            if (a != null) {
                c.actors.add(0, a);
            }
        }

        private Actor lastActorBefore(int offset, ActorType type) {
            Actor best = null;
            for (ActorLexicon.Mention m : actorMentions) {
                if (m.span().end() > offset) {
                    break;
                }
                if (m.entry() != null && m.entry().type() == type && !article.isBoilerplate(m.span().start())
                        && offset - m.span().start() < 1500) {
                    best = m.toActor(article.id(), article.sentenceAt(m.span().start()));
                }
            }
            return best;
        }

        /**
         * An armed group, a state force, or a person known as one's member; a bare country name ("the U.S.",
         * "America") is a place or a government, not enough to make a meeting a conflict event.
         */
        private boolean isConflictActor(Actor a) {
            if (a.id() == null) {
                return false;
            }
            if (a.id().startsWith(NATIONAL_FORCES)) {
                return true;
            }
            ActorLexicon.Entry e = lexicon.entry(a.id()).orElse(articlePersons.get(a.id()));
            if (e == null) {
                return false;
            }
            if (e.type() == ActorType.PERSON) {
                return e.group() != null;
            }
            if (e.type() != ActorType.ARMED_GROUP && e.type() != ActorType.STATE_FORCES) {
                return false;
            }
            if (a.evidence() != null && a.evidence().span().end() <= text.length()) {
                String surface = a.evidence().span().of(text);
                return !WEAK_ALIASES.contains(surface);
            }
            return true;
        }

        // ---- merging mentions of one event within the article

        /**
         * Crime news: crime or accident words in at least two forms ("suspect", "charged with", "robbery") and neither
         * a conflict actor nor a word of armed conflict or terrorism anywhere in the article.
         */
        private boolean isCrimeNews() {
            if (CONFLICT_WORD.matcher(text).find()) {
                return false;
            }
            Set<String> words = new java.util.HashSet<>();
            for (Pattern p : List.of(EventTyping.CRIMINAL, CRIME_WORD)) {
                Matcher m = p.matcher(text);
                while (m.find() && words.size() < 2) {
                    if (!article.isBoilerplate(m.start())) {
                        words.add(m.group().toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (words.size() < 2) {
                return false;
            }
            for (ActorLexicon.Mention a : actorMentions) {
                if (a.entry() != null && (a.entry().type() == ActorType.ARMED_GROUP
                        || a.entry().type() == ActorType.STATE_FORCES && !WEAK_ALIASES.contains(a.surface()))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Two partial reports of one violent event: one has no place of its own (at most its country), the other no
         * date, or the first has neither ("the roadside bomb exploded" in Tikrit ... "was killed in action ... on
         * February 12"). They merge when the text ties them (a shared victim, or at most three sentences apart), their
         * types agree (or one is a killing typed only by its victims), and exactly one placed event fits: with two
         * candidates the text does not say which, so nothing merges.
         */
        private List<Cand> mergePartialMentions(List<Cand> in) {
            List<Cand> out = new ArrayList<>(in);
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Cand w : out) {
                    if (w.family != Family.VIOLENT || w.place != null) {
                        continue;
                    }
                    Cand target = null;
                    int fits = 0;
                    for (Cand t : out) {
                        if (t == w || t.family != Family.VIOLENT || t.place == null || t.background != w.background) {
                            continue;
                        }
                        if (w.dated && t.dated || (w.sentence > t.sentence ? w.distinct : t.distinct)) {
                            continue;
                        }
                        boolean types = w.type.type().equals(t.type.type()) || w.generic || t.generic;
                        boolean tied = sharesVictim(w, t) || sentencesApart(w, t) <= 3;
                        boolean where = w.area == null || Places.isCountryLevel(w.area) && w.area.country() != null
                                && w.area.country().equals(t.place.country()) || Places.contains(w.area, t.place);
                        if (types && tied && where) {
                            target = t;
                            fits++;
                        }
                    }
                    if (fits == 1) {
                        absorb(target, w, true);
                        target.sentence = Math.min(target.sentence, w.sentence);
                        out.remove(w);
                        changed = true;
                        break;
                    }
                }
            }
            return out;
        }

        private List<Cand> mergeWithinArticle() {
            List<Cand> out = new ArrayList<>();
            for (Cand c : cands) {
                if (c.anaphoric) {
                    Cand target = antecedent(out, c);
                    if (target != null) {
                        absorb(target, c, false);
                    }
                    continue;
                }
                Cand target = null;
                for (int i = out.size() - 1; i >= 0 && target == null; i--) {
                    Cand o = out.get(i);
                    if (sameEvent(o, c)) {
                        target = o;
                    }
                }
                if (target == null && c.definite && !c.distinct) {
                    // "A gunman opened fire on police ... The attack left one officer dead ... witnessed the attack on
                    // the boulevard": "the attack" right after an event is that event, even with a place or date of its
                    // own; a new one would be "an attack" or "another attack". Its place wins only inside the first one's.
                    Cand a = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (a != null && a.family == c.family && headFits(c.definiteHead, a) && c.sentence - a.lastSentence <= 1 && datesAgree(a, c)) {
                        Place kept = a.place;
                        boolean keptNear = a.near;
                        boolean keptProvince = a.provinceQualified;
                        absorb(a, c, true);
                        if (kept != null && a.place != kept && !Places.contains(kept, a.place)) {
                            a.place = kept;
                            a.near = keptNear;
                            a.provinceQualified = keptProvince;
                        }
                        continue;
                    }
                }
                if (target != null) {
                    absorb(target, c, true);
                } else {
                    out.add(c);
                }
            }
            return out;
        }

        /** Both undated, or dated with overlapping dates (a day's slack between day dates). */
        private boolean datesAgree(Cand a, Cand b) {
            if (!a.dated || !b.dated) {
                return true;
            }
            EventDate x = a.date;
            EventDate y = b.date;
            if (x.isResolved() && y.isResolved()) {
                int slack = x.precision() == DatePrecision.DAY && y.precision() == DatePrecision.DAY ? 1 : 0;
                return !(x.end().plusDays(slack).isBefore(y.start()) || y.end().plusDays(slack).isBefore(x.start()));
            }
            return x.isResolved() == y.isResolved() && x.text() != null && x.text().equalsIgnoreCase(y.text());
        }

        /**
         * What "the attack", "his assassination" refers to: among earlier events of its family that its words fit (a
         * bombing is an explosion; an assassination a killing of one or two), the latest if it was told within the
         * last two sentences, else the article's lead event, which later paragraphs return to.
         */
        private Cand antecedent(List<Cand> out, Cand c) {
            List<Cand> fit = new ArrayList<>();
            for (Cand o : out) {
                if (o.family == c.family && (c.victims.isEmpty() || sharesVictim(o, c)) && headsFit(c, o)) {
                    fit.add(o);
                }
            }
            if (fit.isEmpty()) {
                return null;
            }
            Cand latest = fit.get(fit.size() - 1);
            if (c.sentence - latest.lastSentence <= 2) {
                return latest;
            }
            return fit.stream().filter(o -> !o.background).findFirst().orElse(latest);
        }

        /** The fewest sentences between any evidence of one and any of the other. */
        private int sentencesApart(Cand a, Cand b) {
            int best = Integer.MAX_VALUE;
            for (Evidence x : a.evidence) {
                for (Evidence y : b.evidence) {
                    best = Math.min(best, Math.abs(x.sentence() - y.sentence()));
                }
            }
            return best;
        }

        private boolean headsFit(Cand anaphor, Cand o) {
            for (String h : anaphor.heads) {
                if (!headFits(h, o)) {
                    return false;
                }
            }
            return true;
        }

        private boolean headFits(String h, Cand o) {
            if (EXPLOSIVE_HEAD.matcher(h).find() && !o.type.type().equals(EventTyping.IED.type())) {
                return false;
            }
            if (TARGETED_HEAD.matcher(h).find() && !(o.plainKill || o.heads.stream().anyMatch(x -> TARGETED_HEAD.matcher(x).find()))) {
                return false;
            }
            return !(h.startsWith("assassinat") && o.fatalities != null && o.fatalities > 2);
        }

        /**
         * Typed only by a generic attack word and who stood around it (a battle or violence against civilians, no
         * weapon): the victims of a killing type the event better.
         */
        private boolean weakAttackType(Cand c) {
            return c.attackWord && (c.type.equals(EventTyping.CLASH) || c.type.equals(EventTyping.CIVILIANS_ATTACKED));
        }

        /** A report placed only at province level meets one placed in a town of that province. */
        private boolean sameProvince(Cand a, Cand b) {
            if (!a.provinceQualified && !b.provinceQualified || a.place == null || b.place == null) {
                return false;
            }
            return a.place.country() != null && a.place.country().equals(b.place.country()) && a.place.admin1() != null
                    && a.place.admin1().equals(b.place.admin1());
        }

        private boolean sharesVictim(Cand a, Cand b) {
            for (String v : b.victims) {
                if (a.victims.contains(v)) {
                    return true;
                }
            }
            return false;
        }

        private boolean sameEvent(Cand a, Cand b) {
            if (a.family != b.family || b.distinct) {
                return false;
            }
            boolean victim = a.family == Family.VIOLENT && sharesVictim(a, b);
            // A generic "attack" ("the attack took place at 2 a.m.", "Monday's attack") names no type of its own: it fits
            // any violent event, and dates and places still tell them apart.
            boolean sameType = a.type.type().equals(b.type.type()) || a.family == Family.VIOLENT && (a.attackWord || b.attackWord);
            if (!victim && !sameType) {
                return false;
            }
            if (a.dated && b.dated) {
                EventDate x = a.date;
                EventDate y = b.date;
                if (x.isResolved() && y.isResolved()) {
                    int slack = x.precision() == DatePrecision.DAY && y.precision() == DatePrecision.DAY ? 1 : 0;
                    if (x.end().plusDays(slack).isBefore(y.start()) || y.end().plusDays(slack).isBefore(x.start())) {
                        return false;
                    }
                } else if (x.isResolved() != y.isResolved()) {
                    return false;
                } else if (x.text() == null || !x.text().equalsIgnoreCase(y.text())) {
                    return false;
                }
            }
            if (victim) {
                return true;
            }
            Place pa = a.place != null ? a.place : a.area;
            Place pb = b.place != null ? b.place : b.area;
            if (pa != null && pb != null && !Places.consistent(pa, pb, 25) && !sameProvince(a, b)) {
                return false;
            }
            // Two undated, unplaced reports of the same kind are only the same event if nothing else tells them apart.
            return true;
        }

        private void absorb(Cand into, Cand c, boolean full) {
            if (full) {
                if (c.rank < into.rank && (c.family != Family.VIOLENT || !c.plainKill)) {
                    into.type = c.type;
                    into.rank = c.rank;
                    into.plainKill = c.plainKill;
                    into.generic = c.generic;
                    into.attackWord = c.attackWord;
                } else if (into.plainKill && !c.plainKill && !weakAttackType(c)) {
                    into.generic = c.generic;
                    into.attackWord = c.attackWord;
                    into.type = c.type;
                    into.rank = c.rank;
                    into.plainKill = false;
                }
                if (c.dated && (!into.dated || morePrecise(c.date, into.date))) {
                    into.date = c.date;
                    into.dated = true;
                }
                if (c.place != null && (into.place == null || Places.specificity(c.place) < Places.specificity(into.place)
                        || into.provinceQualified && !c.provinceQualified)) {
                    into.place = c.place;
                    into.near = c.near;
                    into.provinceQualified = c.provinceQualified;
                }
                if (into.place == null && into.area == null) {
                    into.area = c.area;
                }
            }
            for (PlaceMention m : c.alsoAt) {
                if (full && (into.place == null || !Places.consistent(into.place, m.place(), 25))
                        && into.alsoAt.stream().noneMatch(o -> Places.consistent(o.place(), m.place(), 25))) {
                    into.alsoAt.add(m);
                }
            }
            into.actors.addAll(c.actors);
            into.victims.addAll(c.victims);
            into.heads.addAll(c.heads);
            into.lastSentence = Math.max(into.lastSentence, c.lastSentence);
            if (full) {
                into.weak = into.weak && c.weak;
                into.background = into.background || c.background;
            }
            if (c.fatalities != null && (into.fatalities == null || c.fatalities > into.fatalities)) {
                into.fatalities = c.fatalities;
            }
            if (into.status != EventStatus.REPORTED && c.status == EventStatus.REPORTED && full) {
                into.status = EventStatus.REPORTED;
            } else if (into.status == EventStatus.REPORTED && c.status != EventStatus.REPORTED && !full) {
                // "ISIS claimed responsibility for the attack": a later word on an event already reported keeps it reported.
                into.status = EventStatus.REPORTED;
            }
            for (Evidence e : c.evidence) {
                if (!into.evidence.contains(e)) {
                    into.evidence.add(e);
                }
            }
        }

        private boolean morePrecise(EventDate a, EventDate b) {
            if (!a.isResolved()) {
                return false;
            }
            if (!b.isResolved()) {
                return true;
            }
            return a.precision().ordinal() < b.precision().ordinal();
        }

        // ---- deployments

        private void sentenceDeployments(Sentence s) {
            int from = s.span().start();
            int to = s.span().end();
            int[] cues = DEPLOYMENT_CUE_GATE.matches(text, from, to);
            int lastEnd = -1;
            for (int ci = 0; ci < cues.length; ci += 2) {
                int cueStart = cues[ci];
                int cueEnd = cues[ci + 1];
                String cueGroup = text.substring(cueStart, cueEnd);
                if (cueStart < lastEnd) {
                    continue;
                }
                String cueWords = cueGroup.toLowerCase(Locale.ROOT);
                List<PlaceMention> tied = new ArrayList<>();
                List<Boolean> near = new ArrayList<>();
                int cursor = cueEnd;
                for (PlaceMention m : places) {
                    if (m.span().start() < cursor || m.span().end() > to) {
                        continue;
                    }
                    String gap = text.substring(cursor, m.span().start());
                    boolean first = tied.isEmpty();
                    if (BLOCKING_VERB.matcher(gap.replace(";", ",")).find() || gap.length() > (first ? 90 : 70)) {
                        break;
                    }
                    String prep = locativeBefore(m, from, false);
                    boolean listed = !first && LIST_GAP.matcher(gap).matches();
                    if (prep == null && !listed) {
                        if (first && cueWords.startsWith("presence of")) {
                            continue;
                        }
                        if (first) {
                            continue;
                        }
                        break;
                    }
                    tied.add(m);
                    near.add(prep != null && NEAR_WORDS.contains(prep.toLowerCase(Locale.ROOT)));
                    cursor = m.span().end();
                }
                if (tied.isEmpty()) {
                    continue;
                }
                lastEnd = cursor;
                Actor actor = deploymentActor(cueStart, cueEnd, from, to);
                if (Boolean.getBoolean("events.debug")) {
                    System.err.println("DEP [" + text.substring(from, cueStart) + "] cue=" + cueGroup + " tied=" + tied.stream().map(PlaceMention::surface).toList() + " actor=" + actor);
                }
                if (actor == null) {
                    continue;
                }
                EventDate since = sinceIn(from, to);
                for (int i = 0; i < tied.size(); i++) {
                    Place p = tied.get(i).place();
                    boolean container = false;
                    for (PlaceMention o : tied) {
                        if (o != tied.get(i) && Places.contains(p, o.place())) {
                            container = true;
                        }
                    }
                    if (container) {
                        continue;
                    }
                    boolean country = Places.isCountryLevel(p);
                    PlaceMention pm = tied.get(i);
                    // "Al-Anbar and Kirkuk governorates": the province, even where the name resolved to its capital.
                    boolean province = PROVINCE_AFTER.matcher(text.substring(pm.span().end(), Math.min(to, pm.span().end() + 40))).find();
                    deployments.add(new Deployment(article.id() + "#d" + (deployments.size() + 1), actor, country ? null : p,
                            country || province ? 3 : Places.geoPrecision(p, near.get(i)), since,
                            List.of(new Evidence(article.id(), s.index(), s.span())), country ? p : null));
                }
            }
        }

        private Actor deploymentActor(int cueStart, int cueEnd, int from, int to) {
            String cueWords = text.substring(cueStart, cueEnd).toLowerCase(Locale.ROOT);
            if (cueWords.startsWith("presence of") || cueWords.startsWith("deployment of")) {
                for (ActorLexicon.Mention m : actorMentions) {
                    if (m.span().start() >= cueEnd && m.span().start() < cueEnd + 40 && m.entry() != null) {
                        return m.toActor(article.id(), article.sentenceAt(m.span().start()));
                    }
                }
            }
            // The subject: the nearest group or force named before the cue in the sentence.
            ActorLexicon.Mention best = null;
            for (ActorLexicon.Mention m : actorMentions) {
                if (m.span().start() >= from && m.span().end() <= cueStart && m.entry() != null
                        && m.entry().type() != ActorType.CIVILIANS && m.entry().type() != ActorType.PERSON
                        && cueStart - m.span().end() < 120 && !text.substring(m.span().end(), cueStart).contains(";")) {
                    best = m;
                }
            }
            if (best != null) {
                return best.toActor(article.id(), article.sentenceAt(best.span().start()));
            }
            String before = text.substring(from, cueStart);
            Matcher p = Pattern.compile("(?:^|[\\s,])(It|it|The group|the group|The militia|the militia|His group|his group|Its forces|its forces|His forces|his forces)\\s+(?:\\w+\\s+){0,4}$").matcher(before);
            if (p.find()) {
                return lastActorBefore(from, ActorType.ARMED_GROUP);
            }
            Matcher g = UNNAMED_GROUP.matcher(before);
            String name = null;
            int gs = -1;
            while (g.find()) {
                name = g.group(1).trim();
                gs = from + g.start(1);
            }
            if (name != null && cueStart - gs < 100) {
                return new Actor(null, name, ActorType.ARMED_GROUP, Evidence.of(article.id(), article.sentenceAt(gs), gs, gs + name.length()));
            }
            return null;
        }

        private EventDate sinceIn(int from, int to) {
            for (DateResolver.Found d : dates) {
                if (d.span().start() >= from && d.span().end() <= to && d.date().openEnd()) {
                    return d.date();
                }
            }
            return EventDate.unresolved(null);
        }

        /**
         * Country-level presence adds nothing where the same actor is placed more precisely in that country, and a
         * group's presence in the country the article is about is its premise, not a finding; unnamed actors are kept
         * only below country level. Repeats of one actor at one place become one deployment with all its evidence.
         */
        private List<Deployment> pruneDeployments() {
            Map<String, Deployment> byKey = new LinkedHashMap<>();
            for (Deployment d : deployments) {
                Place where = d.place() != null ? d.place() : d.area();
                if (d.place() == null) {
                    if (d.actor().id() == null) {
                        continue;
                    }
                    if (focus != null && focusMentions >= 3 && where.country() != null && where.country().equals(focus.country())) {
                        continue;
                    }
                    boolean finer = deployments.stream().anyMatch(o -> o.place() != null && sameActor(o.actor(), d.actor())
                            && where.country() != null && where.country().equals(o.place().country()));
                    if (finer) {
                        continue;
                    }
                }
                String key = (d.actor().id() != null ? d.actor().id() : d.actor().name()) + "@" + where.id();
                Deployment prev = byKey.get(key);
                if (prev == null) {
                    byKey.put(key, d);
                } else {
                    List<Evidence> ev = new ArrayList<>(prev.evidence());
                    ev.addAll(d.evidence());
                    EventDate since = prev.since().isResolved() ? prev.since() : d.since();
                    byKey.put(key, new Deployment(prev.id(), prev.actor(), prev.place(), prev.geoPrecision(), since, ev, prev.area()));
                }
            }
            List<Deployment> out = new ArrayList<>();
            int n = 0;
            for (Deployment d : byKey.values()) {
                out.add(new Deployment(article.id() + "#d" + (++n), d.actor(), d.place(), d.geoPrecision(), d.since(), d.evidence(), d.area()));
            }
            return out;
        }

        private boolean sameActor(Actor a, Actor b) {
            return a.id() != null ? a.id().equals(b.id()) : a.name().equals(b.name());
        }

        // ---- article-level helpers

        /** Resolved literal mentions outside boilerplate that are not part of a longer name ("Iraq War", "Islamic Resistance in Iraq"). */
        /**
         * The lexicon names the forces of the conflicts we map; any other country's are found from the geoparser's
         * demonyms: "Nigerian troops", "Malian armed forces", "French warplanes" are that country's state forces
         * (police are left out: a police shooting is usually crime news). A lexicon alias over the same words wins.
         */
        private List<ActorLexicon.Mention> withNationalForces(List<ActorLexicon.Mention> known, List<PlaceMention> mentions) {
            List<ActorLexicon.Mention> out = null;
            for (PlaceMention m : mentions) {
                if (m.role() != MentionRole.DEMONYM || !m.isResolved() || m.place().country() == null
                        || !article.id().equals(m.articleId()) || m.span().end() >= text.length()) {
                    continue;
                }
                Matcher f = FORCES_AFTER_DEMONYM.matcher(text).region(m.span().end(), Math.min(text.length(),
                        m.span().end() + 40));
                if (!f.lookingAt()) {
                    continue;
                }
                int start = m.span().start();
                int end = f.end();
                if (known.stream().anyMatch(k -> k.span().start() < end && k.span().end() > start)) {
                    continue;
                }
                String demonym = text.substring(start, m.span().end());
                ActorLexicon.Entry e = new ActorLexicon.Entry(NATIONAL_FORCES + m.place().country(),
                        ActorType.STATE_FORCES, demonym + " forces", List.of(demonym + " forces"), null);
                if (out == null) {
                    out = new ArrayList<>(known);
                }
                out.add(new ActorLexicon.Mention(e, text.substring(start, end), new TextSpan(start, end)));
            }
            if (out == null) {
                return known;
            }
            out.sort(java.util.Comparator.comparingInt(x -> x.span().start()));
            return out;
        }

        private List<PlaceMention> usablePlaces(List<PlaceMention> mentions) {
            List<PlaceMention> out = new ArrayList<>();
            for (PlaceMention m : mentions) {
                if (!m.isResolved() || m.role() != MentionRole.LITERAL || !article.id().equals(m.articleId())
                        || article.isBoilerplate(m.span().start())) {
                    continue;
                }
                if (m.span().end() > text.length()) {
                    continue;
                }
                String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 30));
                if (NOT_A_LOCATION_AFTER.matcher(after).find()) {
                    continue;
                }
                if (!actorSpans.containsLonger(m.span())) {
                    out.add(m);
                }
            }
            out.sort(Comparator.comparingInt(m -> m.span().start()));
            return out;
        }

        /** The country the article is about: most literal and demonym mentions outside boilerplate. */
        private Place focusCountry(List<PlaceMention> mentions) {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Place> countryPlace = new HashMap<>();
            for (PlaceMention m : mentions) {
                if (!m.isResolved() || article.isBoilerplate(m.span().start()) || m.place().country() == null) {
                    continue;
                }
                if (m.role() != MentionRole.LITERAL && m.role() != MentionRole.DEMONYM && m.role() != MentionRole.METONYMIC) {
                    continue;
                }
                counts.merge(m.place().country(), 1, Integer::sum);
                if (Places.isCountryLevel(m.place()) && m.place().kind() == org.incidentatlas.model.PlaceKind.COUNTRY) {
                    countryPlace.putIfAbsent(m.place().country(), m.place());
                }
            }
            Map.Entry<String, Integer> top = counts.entrySet().stream()
                    .filter(e -> countryPlace.containsKey(e.getKey()))
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElse(null);
            focusMentions = top == null ? 0 : top.getValue();
            return top == null ? null : countryPlace.get(top.getKey());
        }

        /** A line without closing punctuation ("Turning Point: the Assassination of Soleimani") is a heading or label. */
        private boolean isHeadline(Sentence s) {
            String t = s.of(text).strip();
            return !SENTENCE_END.matcher(t).find();
        }
    }

    static int distance(int s1, int e1, int s2, int e2) {
        if (e1 <= s2) {
            return s2 - e1;
        }
        if (e2 <= s1) {
            return s1 - e2;
        }
        return 0;
    }

    /** One actor per id (or name for unknown ones), first mention kept. */
    static List<Actor> dedupe(List<Actor> actors) {
        Map<String, Actor> seen = new LinkedHashMap<>();
        for (Actor a : actors) {
            seen.putIfAbsent(a.id() != null ? a.id() : a.name().toLowerCase(Locale.ROOT), a);
        }
        return new ArrayList<>(seen.values());
    }
}
