/// The closed word classes the recogniser reads around capitalised words, as normalised forms
/// (lower case, straight apostrophe). Short on purpose: each list is a rule, not a lexicon.
enum EntityWords {
    /// Lowercase words that may sit inside a name: "Department *of* International Relations",
    /// "Institute *for* Defence Studies", "Bosnia *and* Herzegovina", "Ursula *von der* Leyen".
    static let connectors: [String] = ["of", "for", "the", "and", "on", "&", "de", "du", "des", "del", "della", "la", "le",
                                       "van", "von", "der", "den", "bin", "ibn", "al", "el", "da", "di", "dos", "y"]
    /// Connectors that belong to people's names rather than to organisations'.
    static let particles: [String] = ["de", "du", "del", "della", "la", "le", "van", "von", "der", "den", "bin", "ibn",
                                      "al", "el", "da", "di", "dos"]
    /// Capitalised at a sentence start, never a name by themselves: sentence adverbs and
    /// conjunctions that the stop-word list leaves out.
    static let sentenceWords: [String] = [
        "however", "although", "though", "thus", "therefore", "meanwhile", "still", "now", "today", "yesterday",
        "tomorrow", "last", "next", "first", "second", "third", "finally", "since", "despite", "unlike", "like",
        "following", "according", "earlier", "later", "instead", "indeed", "even", "moreover", "furthermore",
        "nevertheless", "nonetheless", "besides", "perhaps", "yes", "well", "oh", "please", "let", "mr", "mrs",
        "please", "whether", "once", "every", "another", "many", "several", "most", "some", "few", "neither",
        "either", "whatever", "whenever", "wherever", "why", "hence", "otherwise", "overall", "anyway", "sir",
    ]
    /// Verbs of saying and thinking: a capitalised name next to one is a person's
    /// (`says Taku Ishikawa`, `Tsuruoka believes`). Plural-only forms (`say`) are left out, since
    /// "Officials say" is no person.
    static let speechVerbs: [String] = [
        "says", "said", "adds", "added", "explains", "explained", "continues", "continued", "believes", "believed",
        "argues", "argued", "notes", "noted", "tells", "told", "agrees", "agreed", "warns", "warned", "insists",
        "insisted", "claims", "claimed", "states", "stated", "suggests", "suggested", "thinks", "recalls", "recalled",
        "admits", "admitted", "announced", "announces", "asks", "asked", "replies", "replied", "writes", "wrote",
        "comments", "commented", "stresses", "stressed", "emphasises", "emphasised", "emphasizes", "emphasized",
        "observes", "observed", "concludes", "concluded", "urges", "urged", "confirms", "confirmed", "denies",
        "denied", "predicts", "predicted", "acknowledges", "acknowledged", "maintains", "maintained", "points",
        "pointed", "remarks", "remarked", "reckons", "reckoned", "feels", "felt", "hopes", "hoped", "fears",
        "feared", "describes", "described", "stresses", "declared", "declares", "testified", "testifies",
    ]
    /// Pronouns that refer to a person (not `it`, `they`): the quotes analysis resolves them.
    static let personPronouns: [String] = ["he", "she", "him", "her", "his", "hers", "himself", "herself"]
    static let malePronouns: [String] = ["he", "him", "his", "himself"]
    static let determiners: [String] = ["a", "an", "the"]
    /// Prepositions that join a role to its organisation: "Associate Professor *in* …",
    /// "Fellow *at* …", "spokesman *for* …".
    static let affiliations: [String] = ["at", "in", "of", "with", "for", "from", "to"]
    /// Words before a role noun that do not change it: "the *former* prime minister".
    static let roleModifiers: [String] = ["former", "senior", "acting", "then", "current", "top", "leading", "veteran",
                                          "retired", "new", "outgoing", "incoming", "longtime", "long-time", "chief"]
    /// Months and weekdays: capitalised, never entities.
    static let calendar: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
        "nov.", "dec.", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// Capitalised words that look like names but are not entities of ours: religions'
    /// and calendar terms, and very common headline words.
    static let nonEntities: [String] = ["god", "christmas", "easter", "ramadan", "eid", "internet", "web", "tv", "ok",
                                        "gdp", "ceo", "am", "pm", "bc", "ad", "no.", "vs", "vs.", "etc", "etc."]
}
