//! Flesch-Kincaid grade level, used by tests to hold English patient text
//! at grade 8 or lower. A heuristic syllable count, as readability tools use.

/// Vowel groups, less a silent final "e", at least one per word.
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count: usize = 0;
    let mut prev = false;
    for &c in &w {
        let v = is_vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = w.len();
    if n > 2 && w[n - 1] == 'e' && w[n - 2] != 'l' && !is_vowel(w[n - 2]) {
        count = count.saturating_sub(1);
    }
    if n > 3 && w.ends_with(&['e', 'd']) && !matches!(w[n - 3], 't' | 'd') {
        count = count.saturating_sub(1);
    }
    count.max(1)
}

/// Grade = 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59.
pub fn flesch_kincaid_grade(text: &str) -> f64 {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/' || c == '-')
        .filter(|w| w.chars().any(|c| c.is_ascii_alphanumeric()))
        .collect();
    if words.is_empty() {
        return 0.0;
    }
    let sentences = text
        .split(['.', '?', '!', ':'])
        .filter(|s| s.chars().any(|c| c.is_ascii_alphanumeric()))
        .count()
        .max(1);
    let syllables: usize = words
        .iter()
        .map(|w| {
            // Numbers read as one short word each.
            if w.chars().any(|c| c.is_ascii_digit()) {
                1
            } else {
                syllables(w)
            }
        })
        .sum();
    0.39 * words.len() as f64 / sentences as f64 + 11.8 * syllables as f64 / words.len() as f64
        - 15.59
}
