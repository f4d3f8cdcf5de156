/// A small English stop-word list for `freq --stopwords` and plugins (topics): articles,
/// pronouns, auxiliaries, prepositions, conjunctions and a few very common adverbs — function
/// words that top every frequency list and say nothing about a text's subject. Written as
/// normalised forms (lower case, straight apostrophe) so they compare with the token layer's ids.
///
/// Deliberately short (content words such as `said`, `new`, `year` are kept: in news they
/// can matter). Based on the common core of the classic SMART and NLTK lists.
public enum StopWords {
    public static let english: [String] = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "because", "while",
        "of", "in", "on", "at", "to", "from", "by", "with", "about", "into", "onto", "over", "under", "for",
        "through", "between", "among", "after", "before", "during", "without", "within", "upon", "against",
        "up", "down", "out", "off", "via", "per",
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his",
        "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "myself", "himself", "herself",
        "itself", "ourselves", "themselves", "yourself",
        "this", "that", "these", "those", "there", "here", "who", "whom", "whose", "which", "what", "when",
        "where", "why", "how",
        "be", "is", "am", "are", "was", "were", "been", "being", "have", "has", "had", "having",
        "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "not", "no", "also", "very", "too", "just", "only", "all", "any", "both", "each", "more", "most",
        "other", "some", "such", "own", "same", "few", "many", "much",
        "it's", "i'm", "i've", "i'd", "i'll", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
        "weren't", "won't", "can't", "couldn't", "wouldn't", "shouldn't", "that's", "there's", "they're",
        "we're", "you're", "he's", "she's",
    ]
}
