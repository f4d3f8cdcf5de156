/// Words that attribute speech or thought, by normalised form, and the small closed word
/// classes the speaker finder reads (pronouns, determiners).
///
/// Inflected forms are listed rather than stemmed: Snowball leaves irregular forms apart
/// (`said`, `told`, `wrote`) and merges words that must stay apart (`add`/`ad`).
enum SpeechCues {
    static let verbs: Set<String> = Set("""
    say says said saying tell tells told telling add adds added adding explain explains explained explaining \
    continue continues continued continuing believe believes believed argue argues argued arguing \
    note notes noted noting write writes wrote written writing tweet tweets tweeted tweeting \
    ask asks asked asking reply replies replied replying warn warns warned warning insist insists insisted \
    declare declares declared state states stated claim claims claimed recall recalls recalled \
    suggest suggests suggested acknowledge acknowledges acknowledged admit admits admitted \
    announce announces announced comment comments commented observe observes observed \
    conclude concludes concluded respond responds responded stress stresses stressed \
    emphasise emphasises emphasised emphasize emphasizes emphasized predict predicts predicted \
    report reports reported confirm confirms confirmed deny denies denied agree agrees agreed \
    think thinks thought vow vows vowed promise promises promised urge urges urged \
    describe describes described exclaim exclaims exclaimed shout shouts shouted quip quips quipped \
    joke jokes joked recount recounts recounted complain complains complained mention mentions mentioned \
    caution cautions cautioned boast boasts boasted concede concedes conceded contend contends contended \
    maintain maintains maintained assert asserts asserted reckon reckons reckoned remark remarks remarked \
    whisper whispers whispered testify testifies testified read reads posted wondered wonders \
    call calls called calling mock mocks mocked chant chants chanted accuse accuses accused pledge pledges pledged \
    sing sings sang quote quotes quoted cite cites cited demand demands demanded tout touts touted \
    retort retorts retorted counter counters countered repeat repeats repeated explain \
    scream screams screamed yell yells yelled cry cries cried snap snaps snapped sigh sighs sighed
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Cue verbs that also mean other things; they count only right next to a speaker.
    static let weak: Set<String> = ["read", "reads", "posted", "state", "states", "note", "notes", "report", "reports",
                                    "continue", "continues", "continued", "think", "thought", "believe", "believes"]

    static let personalPronouns: Set<String> = ["he", "she", "they", "i", "we", "you", "it"]
    /// Pronouns that stand for a third person, resolved to the nearest person before them.
    static let thirdPersonPronouns: Set<String> = ["he", "she"]

    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "this", "these",
                                           "those", "another", "some", "several", "many", "other", "my", "your"]

    /// Words that cannot be inside a speaker noun phrase: a phrase scanned backwards stops at them.
    static let phraseStops: Set<String> = ["and", "but", "or", "as", "when", "while", "because", "if", "that", "which",
                                           "who", "to", "in", "on", "at", "for", "with", "by", "from", "of", "is",
                                           "was", "are", "were", "has", "have", "had", "be", "been", "not", "also",
                                           "then", "now", "later", "earlier", "recently", "once", "again", "so",
                                           "it", "there", "this", "what", "how", "why", "where", "would", "could",
                                           "will", "can", "should", "may", "might", "must", "do", "does", "did",
                                           "before", "after", "about", "into", "over", "than", "like", "during",
                                           "since", "until", "through", "not", "only", "just", "even", "what",
                                           "without", "against", "upon", "toward", "towards", "among", "within",
                                           "across", "behind", "beyond", "under", "around", "near", "per", "via"]

    /// Cues whose object is the listener, never the speaker (`told reporters`, `asked her`).
    static let listenerVerbs: Set<String> = ["tell", "tells", "told", "telling", "ask", "asks", "asked", "asking",
                                             "warn", "warns", "warned", "warning", "urge", "urges", "urged", "call", "calls", "called"]

    /// Function words that are never part of a name even when capitalised (sentence-initial
    /// `It`, `But`); unlike `phraseStops` it leaves out words that are also names (`Will`, `May`).
    static let nonNames: Set<String> = ["and", "but", "or", "as", "when", "while", "because", "if", "that", "which",
                                        "who", "in", "on", "at", "for", "with", "by", "from", "of", "it", "there",
                                        "this", "what", "how", "why", "where", "then", "now", "so", "also", "however",
                                        "still", "yet", "after", "before", "though", "although", "meanwhile", "instead"]

    /// Adverbs and auxiliaries that may sit between a speaker and the cue (`he also said`,
    /// `she has said`, `Smith later told`).
    static let betweenSpeakerAndCue: Set<String> = ["also", "later", "then", "has", "had", "have", "once", "again",
                                                    "previously", "earlier", "recently", "further", "repeatedly",
                                                    "simply", "flatly", "publicly", "privately", "reportedly", "would",
                                                    "will", "is", "was", "were", "are", "had", "even", "still", "often"]
}
