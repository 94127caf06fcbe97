package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.text.TokenArray;

/**
 * Trigger words and the ACLED event types they code, with the checks that keep a trigger from becoming an
 * event: infinitives and modals ("to attack", "would fight"), generic gerunds ("partners in killing"), counts of
 * many events ("nearly 200 assaults", "a series of attacks"), habits ("travels frequently"). Pure.
 */
public final class EventTyping {
    private static final Pattern AIR_OR_DRONE_STRIKES = Pattern.compile(".*\\b(?:air|drone)\\s+strikes");

    /** Triggers of one family describe one event per sentence; families never merge with each other. */
    public enum Family { VIOLENT, MEETING, THREAT, PROTEST, BASE, ARREST }

    public static final EventType SUICIDE = new EventType("Explosions/Remote violence", "Suicide bomb");
    public static final EventType AIR = new EventType("Explosions/Remote violence", "Air/drone strike");
    public static final EventType SHELLING = new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack");
    public static final EventType IED = new EventType("Explosions/Remote violence", "Remote explosive/landmine/IED");
    public static final EventType GRENADE = new EventType("Explosions/Remote violence", "Grenade");
    public static final EventType CLASH = new EventType("Battles", "Armed clash");
    public static final EventType CIVILIANS_ATTACKED = new EventType("Violence against civilians", "Attack");
    public static final EventType ABDUCTION = new EventType("Violence against civilians", "Abduction/forced disappearance");
    public static final EventType AGREEMENT = new EventType("Strategic developments", "Agreement");
    public static final EventType BASE = new EventType("Strategic developments", "Headquarters or base established");
    public static final EventType OTHER = new EventType("Strategic developments", "Other");
    public static final EventType ARRESTS = new EventType("Strategic developments", "Arrests");
    public static final EventType PROTEST = new EventType("Protests", "Peaceful protest");
    /** A bomb found, defused or failing to go off: ACLED codes the foiled use, not an explosion. */
    public static final EventType DISRUPTED = new EventType("Strategic developments", "Disrupted weapons use");
    public static final EventType RIOT = new EventType("Riots", "Violent demonstration");

    /** How a trigger's type is decided: fixed, or from the victims (kill) or the attacker (attack). */
    enum Typing { FIXED, BY_VICTIM, BY_ATTACKER }

    /**
     * One trigger. Lower {@code rank} is more specific and wins within its family. {@code needsEventWord}: a
     * weapon word ("rockets") is an event only next to an event verb ("fell", "fired"). {@code movement}: the
     * trigger takes "to X" as its place ("traveled to Beirut").
     */
    record Trigger(Family family, EventType type, int rank, Pattern pattern, Typing typing, boolean needsEventWord,
            boolean movement, boolean nominal, EventStatus status) {
    }

    /** A trigger found in a sentence. */
    record Hit(Trigger trigger, int start, int end, String words) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final List<Trigger> TRIGGERS = new ArrayList<>();

    private static void add(Family f, EventType t, int rank, String re, Typing typing, boolean needsEventWord,
            boolean movement, boolean nominal, EventStatus status) {
        TRIGGERS.add(new Trigger(f, t, rank, Pattern.compile("\\b(?:" + re + ")\\b", CI), typing, needsEventWord, movement, nominal, status));
    }

    static {
        load();
    }

    private static final String TRIGGER_RESOURCE = "triggers.tsv";

    /** Reads {@value #TRIGGER_RESOURCE}; a bad row names the file and line. */
    private static void load() {
        try (java.io.InputStream in = EventTyping.class.getResourceAsStream(TRIGGER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TRIGGER_RESOURCE);
            }
            java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 9) {
                    throw new IllegalStateException(TRIGGER_RESOURCE + ":" + n + ": expected 9 columns, found " + f.length);
                }
                try {
                    add(Family.valueOf(f[0]), EventType.parse(f[1]), Integer.parseInt(f[2]), f[8], Typing.valueOf(f[3]),
                            Boolean.parseBoolean(f[4]), Boolean.parseBoolean(f[5]), Boolean.parseBoolean(f[6]), EventStatus.valueOf(f[7]));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(TRIGGER_RESOURCE + ":" + n + ": " + e.getMessage(), e);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The blast trigger: "blasts?|explosions?", checked against {@link #BLAST_EVENT_WORD}. */
    private static final Trigger BLAST = TRIGGERS.stream().filter(t -> t.pattern().pattern().contains("blasts?")).findFirst().orElseThrow();
    private static final Pattern BLAST_EVENT_WORD = Pattern.compile("\\b(?:killed|killing|wounded|wounding|injured|injuring|dead|died|deaths|casualties"
            + "|ripped|rocked|destroyed|damaged|detonated|went off|bomb\\w*|explosives?|IED|suicide|attack\\w*|targeted|claimed)\\b", CI);
    private static final Pattern OPEN_FIRE = Pattern.compile("opened fire|fired|gunmen", CI);
    /**
     * What makes "attack", "struck", "raided" physical violence: someone armed, hurt or killed, a weapon, or a
     * target that can be hit (a convoy, a village, a checkpoint), or a conflict actor's name.
     */
    private static final Pattern VIOLENT_CONTEXT = Pattern.compile("\\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|hurt|casualties"
            + "|gun\\w*|rifles?|knife|knives|machetes?|bombs?|explosives?|rockets?|missiles?|mortars?|drones?|shells?|grenades?|bullets?|gunshots?|shots fired"
            + "|armed|gunmen|militants?|militia\\w*|insurgents?|rebels?|jihadists?|terror\\w*|soldiers?|troops?|army|forces|police\\w*|guards?"
            + "|fighters?|attackers?|assailants?|mob|civilians?|villagers?|residents|protesters|worshippers|people|men|women|children|man|woman|boy|girl"
            + "|convoy|checkpoints?|base|bases|military posts?|outposts?|patrols?|barracks|villages?|towns?|camps?|stations?|buildings?|church\\w*"
            + "|mosques?|schools?|hospitals?|markets?|embass\\w*|consulate|vehicles?|bus|cars?|trucks?|homes?|houses?|ships?|vessels?|tankers?"
            + "|aircraft|plane|airport|headquarters|compound|ISIS|ISIL|Daesh|Hamas|Hezbollah|Houthis?|Taliban|al-Shabaab|Boko Haram|PKK|YPG|SDF)\\b", CI);
    private static final Pattern RALLY_AFTER = Pattern.compile(" (?:against|in support of|to protest|to demand|in solidarity|outside|in front of)\\b", CI);
    static final Pattern RALLY_BEFORE = Pattern.compile("\\b(?:attended|joined|staged)\\s+(?:a\\s+|the\\s+)?(?:[\\w-]+\\s+)?$", CI);
    private static final Pattern HARM_OR_WEAPON = Pattern.compile("\\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|casualties"
            + "|gun\\w*|rifles?|knife|knives|machetes?|bombs?|explosives?|rockets?|missiles?|mortars?|grenades?|bullets?|gunshots?"
            + "|gunmen|militants?|insurgents?|jihadists?|terror\\w*|poison\\w*|nerve agents?|chemical weapons?)\\b", CI);
    private static final Pattern SPORT = Pattern.compile("\\b(?:striker|strikers|midfield\\w*|goals?|goalkeeper|penalty|half-time|second half|first half"
            + "|home side|the visitors|league|season|coach|match|matches|tournament|scored|innings?|quarterback|touchdown|playoffs?|championship)\\b", CI);
    /** Next to a weapon word, the words that make it an event: "rockets fell", "fired missiles at", not "launched the drones". */
    private static final Pattern EVENT_WORD = Pattern.compile("\\b(?:attack(?:ed|s)?|strikes?|struck|hit|fell|landed|exploded"
            + "|targeted|killed|killing|wounded|injured|impacted|slammed|pounded|bombed|shot down|intercepted|rained|ripped|rocked|destroyed"
            + "|went off|exploded|detonated|detonate|explode|go off|defused|planted|dead|died|casualties"
            + "|(?:fired|launched)\\s+(?:(?!(?:in|on|at|into)\\b)\\S+\\s+){0,6}?(?:at|on|toward|towards|into|against))\\b", CI);
    private static final Pattern IRREALIS_BEFORE = Pattern.compile("(?:\\bto|\\bwill|\\bwould|\\bcould|\\bmight|\\bmay|\\bshall|'ll|\\baim of"
            + "|\\bcapable of|\\bways of|\\bability to|\\bplans? to|\\bintend\\w* to|\\bready to|\\bcountdown for)\\s+(?:\\w+ly\\s+)?(?:not\\s+)?(?:be\\s+)?(?:\\w+\\s+and\\s+)?$", CI);
    /** "stop the killing", "to end the bombing": a demand, not an event. */
    private static final Pattern DEMAND_BEFORE = Pattern.compile("\\b(?:stop|stopping|end|ending|halt|halting|prevent|preventing|avert|deter"
            + "|wants?|wanted|demand(?:s|ed)?|calls? for|called for|(?:an\\s+)?end\\s+to)\\s+(?:the\\s+|all\\s+|further\\s+|a\\s+|an\\s+)?$", CI);
    /** "Nov. 3 bombings": a day of the month before a plural, not a count of events. */
    private static final Pattern DAY_OF_MONTH_BEFORE = Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+$");
    static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?:in|of|for|by|from|with|at|about|on|without|after|before|against|into)\\s+$", CI);
    static final Pattern DETERMINER_BEFORE = Pattern.compile("(?:\\b(?:the|this|that|his|her|its|their|our|such)|'s|’s)\\s+(?:(?:recent|latest|alleged|reported|deadly|fatal|same|similar)\\s+)?$", CI);
    private static final Pattern AGGREGATE_BEFORE = Pattern.compile("(?:\\b\\d[\\d,]*|\\bdozens of|\\bhundreds of|\\bthousands of|\\bseveral|\\bmultiple|\\bnumerous"
            + "|\\bseries of|\\bwave of|\\bstring of|\\bspate of|\\bnumber of|\\b(?:days|weeks|months|years|nights) of|\\bnearly|\\bover|\\bmore than|\\bless than|\\ball|\\bany|\\bfuture"
            + "|\\bongoing|\\bcontinuing|\\bthese|\\bthose|\\brepeated|\\bfrequent)\\s+"
            // modifiers only: in "killed 30 militants in airstrikes" the number counts the dead, not the strikes
            + "(?:(?!(?:in|on|at|by|with|from|near|during|after|before|killed|were|was|are|have|had)\\b)[\\w'\"“”-]+\\s+){0,3}$", CI);
    /**
     * A tally over a long span: "have been killed so far", "since 2011", "since the war began"; not "since
     * Saturday" or "since last week", which report one episode of fighting.
     */
    static final Pattern CUMULATIVE = Pattern.compile("\\b(?:have|has)\\b[^.;]{0,80}\\b(?:so far|to date|since(?!\\s+(?:(?:last|early|late)\\s+)?"
            + "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|the weekend|last weekend|last week|this week"
            + "|earlier this week|last night|dawn|morning|this morning)\\b))\\b|\\bso far\\b", CI);
    /**
     * The third way of {@link #CUMULATIVE}'s tally, which can match only at the sentence's start: kept apart so that
     * the gate of the other two is not opened at every space ("^\\W*" lets a match begin with any non-word char).
     */
    static final Pattern CUMULATIVE_LEAD = Pattern.compile("^\\W*(?:in all|in total|altogether|all told)\\b", CI);
    /**
     * A campaign's toll ("the offensive has killed more than 900 civilians", "hundreds of fighters had been killed in
     * the offensive"): ACLED codes the single events, never a campaign as one.
     */
    private static final String CAMPAIGN = "(?:offensive|campaign|war|civil war|conflict|siege|insurgency|crackdown|uprising|occupation|bombardment campaign)";
    static final Pattern CAMPAIGN_TALLY = Pattern.compile("\\b" + CAMPAIGN + "\\s+(?:[\\w'’-]+\\s+){0,5}?(?:has|have|had)\\s+(?:now\\s+|already\\s+|so far\\s+|\\w+ly\\s+)?(?:killed|left)\\b"
            + "|\\b(?:has|have|had)\\s+been\\s+killed\\s+(?:in|during|since)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?" + CAMPAIGN + "\\b", CI);
    /** Crime news: violence there is ACLED's only when a conflict actor is named. */
    static final Pattern CRIMINAL = Pattern.compile("\\b(?:murder\\w*|manslaughter|prosecutors?|trial|jury|convicted|sentenced|suspects?|charged(?: with)?|detectives?"
            + "|counts? of|criminal|indicted|felony|misdemeanou?r|pleaded guilty|court appearance"
            + "|homicide|burglar\\w*|robbery|robbed|stabb\\w*|domestic|arraigned|sexually|(?:hit|struck) by an? (?:car|vehicle|truck|train|bus)"
            + "|accident|crash(?:ed)?|collision|drowned"
            // natural disasters "strike" and "hit" too
            + "|(?:earth)?quakes?|tremors?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|floods?|lightning|wildfires?|tsunamis?"
            + "|landslides?|avalanches?"
            // and so do falling trees and collapsing buildings, gas leaks and fireworks
            + "|(?:trees?|walls?|roofs?|buildings?|bridges?|cranes?|balcon(?:y|ies)|stages?)\\s+(?:fell|collapsed|came down)|collapsed?"
            + "|gas (?:leak|explosion|cylinder|tank|blast)|boiler|fireworks)\\b", CI);
    /** {@link #CRIMINAL}'s matches, found only where its first two chars can start one: find()'s, without its scan of every position. */
    static final PatternGate CRIMINAL_GATE = new PatternGate(CRIMINAL);
    private static final Pattern HABITUAL_BEFORE = Pattern.compile("\\b(?:frequently|often|usually|regularly|routinely|repeatedly|always|sometimes)\\s+(?:\\w+\\s+){0,2}$", CI);
    private static final Pattern PLURAL_NOUN = Pattern.compile("(?:attacks|strikes|assaults|airstrikes|operations|bombings|killings|clashes|raids|meetings|visits|protests|demonstrations|threats|rallies|explosions|blasts)$", CI);

    private static final Pattern CLAIMED = Pattern.compile("\\bclaim(?:ed|s)? (?:responsibility|credit|an? attack|the attack|an? \\w+ attack)|\\btook responsibility|\\bresponsibility was claimed", CI);
    private static final Pattern DENIED = Pattern.compile("\\bdenie[sd]\\b|\\bdebunked\\b|\\brejected (?:the )?(?:claims?|accusations?|reports?)", CI);
    private static final Pattern ALLEGED = Pattern.compile("\\balleg\\w*|\\baccus\\w*|\\bblam\\w*|\\bhold\\w* (?:\\S+ ){1,4}responsible", CI);
    private static final Pattern PLANNED = Pattern.compile("\\b(?:plan(?:s|ned|ning)? to|plotted|preparing to|about to)\\s+(?:\\w+\\s+){0,3}$", CI);
    /**
     * A cheap first look for {@link #PLOT}, whose clause scan is costly: every match of it begins with a word boundary
     * and one of these (so the look, over the same window, finds one wherever it does), and so only at word starts.
     */
    static final Pattern PLOT_WORD = Pattern.compile("\\b(?:plot|conspir|plan|intend|encourag|urg|incit)", CI);
    /**
     * A plot in the clause before the trigger ("plotted to bomb a station and then attack", "accused of plotting an
     * attack", "planned to kill the judge and film the killing"): what was planned, not what happened.
     */
    static final Pattern PLOT = Pattern.compile("\\b(?:plott(?:ed|ing)|plots?|conspir(?:ed|ing|acy)|planned|planning|plans?|intend(?:ed|ing|s)?|encourag(?:ed|ing|es?)\\s+\\w+|urg(?:ed|ing|es?)\\s+\\w+|incit(?:ed|ing|es?)\\s+\\w+)"
            + "\\s+(?:to|a|an)\\b(?:(?!\\b(?:said|says|but|after|when|while)\\b)[^;]){0,90}$", CI);

    /** Armed victims make a killing a battle; civilians make it violence against civilians. */
    static final Pattern ARMED_NOUN = Pattern.compile("\\b(?:members?|fighters?|militants?|militiam[ae]n|soldiers?|troops?|forces|personnel|officers?|commanders?"
            + "|sergeants?|sgt|corporals?|lieutenants?|captains?|colonels?|servicem[ae]n|service ?members?|marines?|paratroopers?|commandos?"
            + "|battalion|regiment|platoon|gendarmes?|in action"
            + "|paramilitar\\w*|guards?|policem[ae]n|police|recruits?|jihadists?|jihadis|insurgents?|rebels?|gunmen|combatants?|attackers|assailants|terrorists"
            + "|positions|convoy|base|bases|checkpoint"
            + "|checkpoints|airbase|air base|outposts?|garrisons?|barracks|military (?:camp|post|posts|camps|detachment)|army (?:camp|post|base)s?)\\b", CI);
    static final Pattern CIVILIAN_NOUN = Pattern.compile("\\b(?:civilians?|people|residents|villagers|children|women|worshippers|protesters|demonstrators"
            + "|journalists?|farmers|shepherds|passengers|students|family|families|citizens|pilgrims|aid workers|m[ae]n|wom[ae]n|boys?|girls?"
            + "|child|teen\\w*|persons?|bab(?:y|ies)|infants?|patients|workers?|villager|resident|worshipper|protester|demonstrator|civilian)\\b", CI);
    /**
     * Where the victim nouns can start a match ({@link ViolenceTyping} runs them over the windows around a trigger): tried
     * only there.
     */
    static final PatternGate ARMED_NOUN_GATE = new PatternGate(ARMED_NOUN);
    static final PatternGate CIVILIAN_NOUN_GATE = new PatternGate(CIVILIAN_NOUN);
    static final Pattern GROUND_WORD = Pattern.compile("\\b(?:raided|stormed|ambush\\w*|clash\\w*|gunmen|gunfire|fighting|fought|ground)\\b", CI);

    private static final Pattern WEAPON_SHELLING = Pattern.compile("\\b(?:rockets?|missiles?|mortars?|artillery|shells|shelling|katyushas?|projectiles?)\\b", CI);
    private static final Pattern WEAPON_AIR = Pattern.compile("\\b(?:drones?|UAVs?|unmanned aerial|aerial (?:assault|attack|bombardment)s?|warplanes?|fighter jets?|aircraft|air ?strikes?|airstrikes?|helicopters?)\\b", CI);
    private static final Pattern WEAPON_IED = Pattern.compile("\\b(?:IEDs?|improvised explosive|roadside bombs?|car bombs?|explosive devices?|landmines?|booby-trap\\w*)\\b", CI);

    /**
     * Where the weapon words and {@link #GROUND_WORD} can start a match: tried only there (each gate costs a few ms of
     * probes at start-up, so only patterns run over whole sentences get one).
     */
    private static final PatternGate WEAPON_SHELLING_GATE = new PatternGate(WEAPON_SHELLING);
    private static final PatternGate WEAPON_AIR_GATE = new PatternGate(WEAPON_AIR);
    private static final PatternGate WEAPON_IED_GATE = new PatternGate(WEAPON_IED);
    static final PatternGate GROUND_WORD_GATE = new PatternGate(GROUND_WORD);

    private EventTyping() {
    }

    /**
     * The remote-violence type the weapons of a sentence give a generic attack ("attacked the base with rockets"), or
     * null when it names none. Two kinds named (a drone and rockets) say nothing certain: null.
     */
    static EventType byWeapon(String sentence) {
        boolean shell = WEAPON_SHELLING_GATE.firstMatch(sentence) >= 0;
        boolean air = WEAPON_AIR_GATE.firstMatch(sentence) >= 0;
        boolean ied = WEAPON_IED_GATE.firstMatch(sentence) >= 0;
        int n = (shell ? 1 : 0) + (air ? 1 : 0) + (ied ? 1 : 0);
        if (n != 1) {
            return null;
        }
        return shell ? SHELLING : air ? AIR : IED;
    }

    /**
     * "attacks", "assaults" or "US strikes" in the plural named by the attacker alone (no weapon): they sum up several
     * events, or none in particular, unless the sentence ties them to one place and one day ({@link TriggerDetection}).
     */
    static boolean isPluralAttack(Hit h) {
        String w = h.words();
        int sp = w.lastIndexOf(' ');
        String last = (sp < 0 ? w : w.substring(sp + 1)).toLowerCase(java.util.Locale.ROOT);
        return h.trigger().typing() == Typing.BY_ATTACKER ? last.equals("attacks") || last.equals("assaults")
                : h.trigger().needsEventWord() && last.equals("strikes") && !AIR_OR_DRONE_STRIKES.matcher(w.toLowerCase(java.util.Locale.ROOT)).matches();
    }

    /** The rows, in file order: bit i of a {@link TriggerWords} mask is row i. */
    static List<Trigger> triggers() {
        return TRIGGERS;
    }


    /** Per row, its {@link PlainRow} form (matched without the regex engine), or null when it needs the engine. */
    private static final PlainRow[] PLAIN_ROWS = TRIGGERS.stream().map(t -> PlainRow.of(t.pattern())).toArray(PlainRow[]::new);

    /**
     * Per row that keeps its regex, the text every match of it holds ({@link PlainRow#requiredLiteral}), or null: a
     * sentence without it is not searched for the row ("strike" for the nationality row, which may start at any
     * capitalised word).
     */
    private static final PlainRow.Literal[] REQUIRED = TRIGGERS.stream().map(t -> {
        char[] lit = PlainRow.of(t.pattern()) == null ? PlainRow.requiredLiteral(t.pattern()) : null;
        return lit != null ? new PlainRow.Literal(lit) : null;
    }).toArray(PlainRow.Literal[]::new);

    /** The rows with a {@link #REQUIRED} literal. */
    private static final int[] REQUIRED_ROWS = java.util.stream.IntStream.range(0, REQUIRED.length).filter(i -> REQUIRED[i] != null).toArray();

    /** One matcher per trigger and thread, reset for each sentence instead of allocated. */
    private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(() -> {
        Matcher[] ms = new Matcher[TRIGGERS.size()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = TRIGGERS.get(i).pattern().matcher("").useTransparentBounds(true).useAnchoringBounds(false);
        }
        return ms;
    });

    /** Trigger hits in {@code text[from, to)} that can stand for an event, with the reasons for skipping the rest left out. */
    static List<Hit> hits(String text, int from, int to) {
        return hits(text, from, to, TriggerWords.chars(text, from, to));
    }

    /**
     * As {@link #hits(String, int, int)} for sentence {@code sentence} of {@code tokens} (built over {@code text}'s
     * sentences): the trigger gate looks only at its tokens' starts.
     */
    static List<Hit> hits(String text, TokenArray tokens, int sentence, int from, int to) {
        return hits(text, from, to, TriggerWords.tokens(text, tokens, tokens.firstToken(sentence), tokens.firstToken(sentence + 1), from, to));
    }

    /** As {@link #hits(String, int, int)} given where the gated rows can start in {@code text[from, to)}. */
    static List<Hit> hits(String text, int from, int to, TriggerWords.Scan starts) {
        // Rows the gate covers come from the scan; the others (none of the shipped rows) are looked for everywhere.
        // Read here, not in a static initialiser: TriggerWords' own initialiser reads this class's rows.
        int ungatedRows = ~TriggerWords.GATED;
        int any = starts.any & ~ungatedRows;
        int[][] found = null;
        for (int ti : TriggerWords.UNGATED_INDEXES) {
            // An ungated trigger's matches, found where its first two chars can start one (PatternGate): find()'s.
            int[] f = TriggerWords.ungated(ti).matches(text, from, to);
            if (f.length > 0) {
                if (found == null) {
                    found = new int[TRIGGERS.size()][];
                }
                found[ti] = f;
                any |= 1 << ti;
            }
        }
        if (any == 0) {
            // Most sentences: no row can start in them.
            return List.of();
        }
        for (int ti : REQUIRED_ROWS) {
            if ((any & ~ungatedRows & 1 << ti) != 0 && !REQUIRED[ti].in(text, firstStart(starts, 1 << ti), to)) {
                // The sentence from the row's first start lacks what every match of the row holds: its starts need no
                // regex.
                any &= ~(1 << ti);
            }
        }
        if (any == 0) {
            // Most sentences: no row can start in them.
            return List.of();
        }
        List<Hit> out = new ArrayList<>();
        String sentence = text.substring(from, to);
        Boolean eventWordFound = null;
        Boolean cumulative = null;
        Boolean violentContext = null;
        Matcher[] matchers = MATCHERS.get();
        for (int ti = 0; ti < TRIGGERS.size(); ti++) {
            int bit = 1 << ti;
            if ((any & bit) == 0) {
                continue;
            }
            Trigger t = TRIGGERS.get(ti);
            // Over the sentence alone with transparent bounds, anchored at each possible start: the same matches
            // as find() over region(from, to), which sees nothing outside the sentence either.
            boolean gated = (ungatedRows & bit) == 0;
            Matcher m = gated ? matchers[ti].reset(sentence) : null;
            int resume = 0;
            int k = 0;
            while (true) {
                int start;
                int end;
                if (gated) {
                    while (k < starts.n && ((starts.masks[k] & bit) == 0 || starts.at[k] - from < resume)) {
                        k++;
                    }
                    if (k == starts.n) {
                        break;
                    }
                    int at = starts.at[k++] - from;
                    PlainRow plain = PLAIN_ROWS[ti];
                    int e = plain != null ? plain.end(sentence, at) : PlainRow.UNDECIDED;
                    if (e == PlainRow.UNDECIDED) {
                        m.region(at, sentence.length());
                        e = m.lookingAt() ? m.end() : -1;
                    }
                    if (e < 0) {
                        continue;
                    }
                    resume = e;
                    start = at + from;
                    end = e + from;
                } else {
                    if (k == found[ti].length) {
                        break;
                    }
                    start = found[ti][k++];
                    end = found[ti][k++];
                }
                String words = text.substring(start, end);
                if (t.needsEventWord() && eventWordFound == null) {
                    eventWordFound = first(EVENT_WORD_GATE, text, from, to, starts) >= 0;
                }
                if (t.needsEventWord() && (!eventWordFound || Character.isUpperCase(words.charAt(words.lastIndexOf(' ') + 1)) && start > from)) {
                    // "Houston Rockets": a capitalised weapon word mid-sentence is part of a name ("Israeli strike" is not).
                    continue;
                }
                // The window before the trigger as find() over text[beforeFrom, start) sees it, tried only where a
                // match can start (PatternGate), no copy of it until a word list needs one.
                int beforeFrom = Math.max(from, start - 60);
                if (words.regionMatches(true, 0, "rall", 0, 4) && !RALLY_AFTER.matcher(text).region(end, to).lookingAt()
                        && first(RALLY_BEFORE_GATE, text, beforeFrom, start, starts) < 0) {
                    // A protest rally says what it is for or who came; "held a rally" is as often a candidate's.
                    continue;
                }
                if (t == BLAST && first(BLAST_EVENT_WORD_GATE, text, from, to, starts) < 0) {
                    // "a blast hit in Seoul", "an explosion of interest": a blast is violence only with harm or a bomb.
                    continue;
                }
                if (t.typing() == Typing.BY_ATTACKER && !OPEN_FIRE.matcher(words).find()
                        && first(DETERMINER_BEFORE_GATE, text, beforeFrom, start, starts) < 0) {
                    if (violentContext == null) {
                        // In sports reports "attacked" and "the home side" are play: there only harm or a weapon counts.
                        violentContext = first(HARM_OR_WEAPON_GATE, text, from, to, starts) >= 0
                                || first(VIOLENT_CONTEXT_GATE, text, from, to, starts) >= 0 && first(SPORT_GATE, text, from, to, starts) < 0;
                    }
                    if (!violentContext) {
                        // "the senator attacked the bill", "Liverpool attacked in the second half", "hackers attacked
                        // the servers": nobody armed, hurt or hit, no weapon and no target that can be.
                        continue;
                    }
                }
                if (t.family() != Family.THREAT && first(IRREALIS_GATE, text, beforeFrom, start, starts) >= 0) {
                    continue;
                }
                if (endsWithIng(words) && first(PREPOSITION_BEFORE_GATE, text, beforeFrom, start, starts) >= 0) {
                    continue;
                }
                if (first(HABITUAL_GATE, text, beforeFrom, start, starts) >= 0) {
                    continue;
                }
                String before = text.substring(beforeFrom, start);
                if (t.typing() == Typing.BY_VICTIM && mentions(before, DEAD_REFERENCE_WORDS) && DEAD_REFERENCE_BEFORE.matcher(before).find()) {
                    // "the return of the remains of soldiers killed in the city", "families of those killed": the dead
                    // named as people, not a killing reported.
                    continue;
                }
                if (PLURAL_NOUN.matcher(words).find() && first(AGGREGATE_BEFORE_GATE, text, beforeFrom, start, starts) >= 0
                        && !DAY_OF_MONTH_BEFORE.matcher(before).find()) {
                    continue;
                }
                if (mentions(before, DEMAND_WORDS) && DEMAND_BEFORE.matcher(before).find()) {
                    continue;
                }
                if (t.family() == Family.VIOLENT) {
                    if (cumulative == null) {
                        cumulative = isTally(text, from, to, sentence, starts.tokens, starts.firstToken, starts.endToken);
                    }
                    if (cumulative) {
                        continue;
                    }
                }
                out.add(new Hit(t, start, end, words));
            }
        }
        // A weapon word inside a longer trigger ("rocket" in "rocket attack") is the same hit.
        return withoutInnerHits(out);
    }

    /** Where the first of {@code starts} with {@code bit} in its mask is (there is one). */
    private static int firstStart(TriggerWords.Scan starts, int bit) {
        int k = 0;
        while ((starts.masks[k] & bit) == 0) {
            k++;
        }
        return starts.at[k];
    }

    /**
     * The hits not inside a longer one: {@code hits.removeIf(h -> hits.stream().anyMatch(o -> o != h && o.start() <=
     * h.start() && o.end() >= h.end() && o is longer))}, which asks the whole list before removing any, without the
     * streams.
     */
    private static List<Hit> withoutInnerHits(List<Hit> hits) {
        int n = hits.size();
        if (n < 2) {
            return hits;
        }
        boolean[] inner = null;
        for (int i = 0; i < n; i++) {
            Hit h = hits.get(i);
            for (int j = 0; j < n; j++) {
                Hit o = hits.get(j);
                if (j != i && o.start() <= h.start() && o.end() >= h.end() && o.end() - o.start() > h.end() - h.start()) {
                    if (inner == null) {
                        inner = new boolean[n];
                    }
                    inner[i] = true;
                    break;
                }
            }
        }
        if (inner == null) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!inner[i]) {
                kept.add(hits.get(i));
            }
        }
        return kept;
    }

    /** Whether {@code w.toLowerCase(Locale.ROOT).endsWith("ing")}: only 'i', 'n', 'g' and their ASCII capitals lower to those. */
    static boolean endsWithIng(String w) {
        int n = w.length();
        return n >= 3 && (w.charAt(n - 3) | 32) == 'i' && (w.charAt(n - 2) | 32) == 'n' && (w.charAt(n - 1) | 32) == 'g';
    }

    private static final String[] DEAD_REFERENCE_WORDS = {"emains of", "odies of", "amilies of", "elatives of", "emory of", "uneral"};
    /**
     * A killing word right after the people it describes ("remains of Iranians killed", "families of those slain"); with
     * a count ("the bodies of five soldiers killed on Monday") it reports the killing and stays.
     */
    private static final Pattern DEAD_REFERENCE_BEFORE = Pattern.compile("\\b(?:remains|bodies|families|relatives|memory|funerals?)\\s+of\\s+"
            + "(?:(?!\\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores)\\b)[\\w'’-]+\\s+){0,4}$", CI);
    private static final String[] DEMAND_WORDS = {"top", "end", "alt", "revent", "vert", "eter", "want", "emand", "call"};
    static final String[] CAMPAIGN_WORDS = {"ffensive", "ampaign", "war", "onflict", "iege", "nsurgen", "rackdown", "prising",
        "ccupation"};

    /**
     * Whether {@code s} contains one of {@code parts} (lower-case inner parts of words, so "Offensive" and "offensive"
     * both count): a first look much cheaper than a regular expression's scan, which then decides.
     */
    static boolean mentions(String s, String... parts) {
        for (String p : parts) {
            if (s.indexOf(p) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A running total rather than one event: "have been killed since 2011", "the offensive has killed 900". */
    static boolean isTally(String sentence) {
        return isTally(sentence, 0, sentence.length(), sentence, null, 0, 0);
    }

    /**
     * {@link #isTally(String)} of {@code sentence}, the copy of {@code text[from, to)}, with the tokens {@code
     * [firstToken, endToken)} of {@code tokens} over {@code text} for its gates (null for none).
     */
    private static boolean isTally(String text, int from, int to, String sentence, TokenArray tokens, int firstToken, int endToken) {
        // find() of an alternation is the OR of its ways' finds: the sentence-wide ways, then the one at the start.
        return CUMULATIVE_GATE.firstMatch(text, from, to, tokens, firstToken, endToken) >= 0 || CUMULATIVE_LEAD.matcher(sentence).lookingAt()
                || mentions(sentence, CAMPAIGN_WORDS) && CAMPAIGN_TALLY_GATE.firstMatch(text, from, to, tokens, firstToken, endToken) >= 0;
    }

    /**
     * {@code gate.firstMatch(text, from, to)} with the sentence's tokens from {@code scan} when it was made over them
     * ({@link TriggerWords#tokens}): the same answer, without asking inside plain words.
     */
    private static int first(PatternGate gate, String text, int from, int to, TriggerWords.Scan scan) {
        return gate.firstMatch(text, from, to, scan.tokens, scan.firstToken, scan.endToken);
    }

    /** A nominal trigger after a determiner ("the attack", "his killing"): a reference back, not a new event. */
    static boolean isDefiniteNominal(Hit h, String text, int sentenceStart) {
        if (!h.trigger().nominal()) {
            return false;
        }
        String w = h.words().toLowerCase(java.util.Locale.ROOT);
        if (!(w.startsWith("attack") || w.startsWith("assault") || w.startsWith("raid") || w.startsWith("ambush") || w.startsWith("killing") || w.startsWith("assassination") || w.startsWith("visit")
                || w.startsWith("meeting") || w.startsWith("strike") || w.startsWith("bombing") || w.startsWith("clash")
                || w.startsWith("talks") || w.startsWith("summit") || w.startsWith("trip") || w.startsWith("air") || w.startsWith("drone")
                || w.startsWith("rall") || w.startsWith("protest") || w.startsWith("demonstration"))) {
            return false;
        }
        return DETERMINER_BEFORE_GATE.firstMatch(text, Math.max(sentenceStart, h.start() - 40), h.start()) >= 0;
    }

    /** How the sentence presents the event at {@code h}: claimed, denied, alleged, planned or reported. */
    static EventStatus status(Hit h, String text, int from, int to) {
        return status(h, text, from, to, null, 0);
    }

    /**
     * As {@link #status(Hit, String, int, int)} for sentence {@code sentence} of {@code tokens}, the article's tokens
     * over {@code text} (ignored when over another text): the gates pass over the insides of its plain words.
     */
    static EventStatus status(Hit h, String text, int from, int to, TokenArray tokens, int sentence) {
        if (h.trigger().family() == Family.THREAT) {
            return h.trigger().status();
        }
        TokenArray over = tokens != null && tokens.text() == text ? tokens : null;
        int first = over != null ? over.firstToken(sentence) : 0;
        int end = over != null ? over.firstToken(sentence + 1) : 0;
        // Each pattern over the sentence (or the window before the trigger) as find() sees it there, tried only where
        // its first two chars can start a match (PatternGate), no copy of the sentence.
        int window = Math.max(from, h.start() - 120);
        if (PLOT_WORD_GATE.firstMatch(text, window, h.start(), over, first, end) >= 0 && PLOT.matcher(text.substring(window, h.start())).find()) {
            return EventStatus.PLANNED;
        }
        // One scan tells whether any of the three sentence-wide patterns matches (most sentences hold none); only
        // then is each asked in turn.
        boolean any = CLAIMED_DENIED_ALLEGED_GATE.firstMatch(text, from, to, over, first, end) >= 0;
        if (any && CLAIMED_GATE.firstMatch(text, from, to, over, first, end) >= 0) {
            return EventStatus.CLAIMED;
        }
        if (any && DENIED_GATE.firstMatch(text, from, to, over, first, end) >= 0) {
            return EventStatus.DENIED;
        }
        if (any && ALLEGED_GATE.firstMatch(text, from, to, over, first, end) >= 0 || insideQuote(text, from, h.start())) {
            return EventStatus.ALLEGED;
        }
        if (PLANNED_GATE.firstMatch(text, Math.max(from, h.start() - 50), h.start(), over, first, end) >= 0) {
            return EventStatus.PLANNED;
        }
        return EventStatus.REPORTED;
    }

    private static final PatternGate IRREALIS_GATE = new PatternGate(IRREALIS_BEFORE);
    // The sentence-wide word lists, each tried only where its first two chars can start a match: find()'s answer
    // over the sentence (text[from, to) with opaque bounds sees what the sentence alone does).
    private static final PatternGate EVENT_WORD_GATE = new PatternGate(EVENT_WORD);
    private static final PatternGate BLAST_EVENT_WORD_GATE = new PatternGate(BLAST_EVENT_WORD);
    private static final PatternGate HARM_OR_WEAPON_GATE = new PatternGate(HARM_OR_WEAPON);
    private static final PatternGate VIOLENT_CONTEXT_GATE = new PatternGate(VIOLENT_CONTEXT);
    private static final PatternGate SPORT_GATE = new PatternGate(SPORT);
    static final PatternGate CUMULATIVE_GATE = new PatternGate(CUMULATIVE);
    static final PatternGate CAMPAIGN_TALLY_GATE = new PatternGate(CAMPAIGN_TALLY);
    // The windows before a trigger, each tried only where its first two chars can start a match: find()'s answer over
    // the window's copy.
    static final PatternGate RALLY_BEFORE_GATE = new PatternGate(RALLY_BEFORE);
    static final PatternGate DETERMINER_BEFORE_GATE = new PatternGate(DETERMINER_BEFORE);
    static final PatternGate PREPOSITION_BEFORE_GATE = new PatternGate(PREPOSITION_BEFORE);
    private static final PatternGate AGGREGATE_BEFORE_GATE = new PatternGate(AGGREGATE_BEFORE);
    private static final PatternGate HABITUAL_GATE = new PatternGate(HABITUAL_BEFORE);
    private static final PatternGate PLOT_WORD_GATE = new PatternGate(PLOT_WORD);
    private static final PatternGate CLAIMED_GATE = new PatternGate(CLAIMED);
    private static final PatternGate DENIED_GATE = new PatternGate(DENIED);
    private static final PatternGate ALLEGED_GATE = new PatternGate(ALLEGED);
    private static final PatternGate PLANNED_GATE = new PatternGate(PLANNED);
    /** {@link #CLAIMED}, {@link #DENIED} or {@link #ALLEGED} (same flags): it matches where one of them does. */
    private static final PatternGate CLAIMED_DENIED_ALLEGED_GATE = new PatternGate(Pattern.compile("(?:" + CLAIMED.pattern()
            + ")|(?:" + DENIED.pattern() + ")|(?:" + ALLEGED.pattern() + ")", CI));

    /** Inside a quotation: a party's words, so at best an allegation. */
    static boolean insideQuote(String text, int from, int at) {
        int straight = 0;
        int open = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                open = Math.max(0, open - 1);
            }
        }
        return straight % 2 == 1 || open > 0;
    }

    /** Ids of actors whose attacks in our region are, absent ground-fighting words, air or drone strikes. */
    static final Set<String> AIR_POWER = Set.of("us-forces", "israeli-forces", "russian-army", "turkish-forces");
}
