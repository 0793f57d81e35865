//! Tokenisation for the text encoder, and length-bucketed batches without wasted padding.

use crate::error::{Error, Result};

use super::features::MAX_TOKENS;

/// The prefix multilingual-e5 expects before every text.
pub const PREFIX: &str = "query: ";

/// The encoder's tokenizer (`models/tokenizer.json`), truncating to [`MAX_TOKENS`].
pub struct TextTokenizer {
    inner: tokenizers::Tokenizer,
    pad_id: i64,
}

impl std::fmt::Debug for TextTokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextTokenizer").field("pad_id", &self.pad_id).finish_non_exhaustive()
    }
}

fn model_error(message: String) -> Error {
    Error::Model(message)
}

impl TextTokenizer {
    /// Loads a `tokenizer.json`.
    pub fn from_bytes(json: &[u8]) -> Result<Self> {
        let mut inner = tokenizers::Tokenizer::from_bytes(json)
            .map_err(|e| model_error(format!("cannot load tokenizer.json: {e}")))?;
        inner
            .with_truncation(Some(tokenizers::TruncationParams { max_length: MAX_TOKENS, ..Default::default() }))
            .map_err(|e| model_error(format!("cannot set truncation: {e}")))?;
        inner.with_padding(None);
        let pad_id = inner.token_to_id("<pad>").map_or(1, i64::from);
        Ok(TextTokenizer { inner, pad_id })
    }

    /// The id used for padding.
    pub fn pad_id(&self) -> i64 {
        self.pad_id
    }

    /// Token ids of each text, with the prefix and the special tokens, truncated to [`MAX_TOKENS`]. Only the first
    /// [`MAX_CHARS`] characters of a text are tokenised, so a huge text costs no more than a long one.
    pub fn encode(&self, texts: &[&str]) -> Result<Vec<Vec<i64>>> {
        texts
            .iter()
            .map(|t| {
                let enc = self
                    .inner
                    .encode(format!("{PREFIX}{}", first_chars(t, MAX_CHARS)), true)
                    .map_err(|e| model_error(format!("cannot tokenise: {e}")))?;
                Ok(enc.get_ids().iter().map(|&i| i as i64).collect())
            })
            .collect()
    }
}

/// Characters of a text that are tokenised. The encoder reads [`MAX_TOKENS`] tokens, and no piece of the vocabulary
/// is longer than 16 characters, so its tokens come from at most the first 2,048 characters (after whitespace runs
/// are folded): cutting at four times that changes no result but for texts padded with thousands of blanks.
pub const MAX_CHARS: usize = 8192;

/// The first `n` characters of `text` (all of it when shorter).
fn first_chars(text: &str, n: usize) -> &str {
    match text.char_indices().nth(n) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// A batch of texts of similar length, padded to the longest.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    /// Positions of the batch's texts in the input.
    pub indices: Vec<usize>,
    /// Padded length.
    pub seq: usize,
    /// `[indices.len(), seq]` token ids, row-major.
    pub ids: Vec<i64>,
    /// `[indices.len(), seq]` attention mask.
    pub mask: Vec<i64>,
}

/// Groups texts by length (shortest first) into batches of at most `max_batch` texts and `max_tokens` padded tokens,
/// so that little padding is computed.
pub fn batches(encoded: &[Vec<i64>], pad_id: i64, max_batch: usize, max_tokens: usize) -> Vec<Batch> {
    let mut order: Vec<usize> = (0..encoded.len()).collect();
    order.sort_by_key(|&i| (encoded[i].len(), i));
    let mut out = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len()
            && end - start < max_batch.max(1)
            && (end - start + 1) * encoded[order[end]].len() <= max_tokens.max(MAX_TOKENS)
        {
            end += 1;
        }
        let indices = order[start..end].to_vec();
        let seq = indices.iter().map(|&i| encoded[i].len()).max().unwrap_or(0);
        let mut ids = vec![pad_id; indices.len() * seq];
        let mut mask = vec![0; indices.len() * seq];
        for (row, &i) in indices.iter().enumerate() {
            let tokens = &encoded[i];
            ids[row * seq..row * seq + tokens.len()].copy_from_slice(tokens);
            mask[row * seq..row * seq + tokens.len()].fill(1);
        }
        out.push(Batch { indices, seq, ids, mask });
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_characters_are_kept() {
        assert_eq!(first_chars("abc", 5), "abc");
        assert_eq!(first_chars("żółw", 2), "żó");
        assert_eq!(first_chars("", 2), "");
    }

    #[test]
    fn batches_cover_every_text_once_with_little_padding() {
        let encoded: Vec<Vec<i64>> = [5, 3, 9, 3, 4, 12, 5].iter().map(|&n| vec![7; n]).collect();
        let bs = batches(&encoded, 1, 3, 1000);
        let mut seen: Vec<usize> = bs.iter().flat_map(|b| b.indices.clone()).collect();
        seen.sort();
        assert_eq!(seen, (0..7).collect::<Vec<_>>());
        assert_eq!(bs[0].indices, vec![1, 3, 4]);
        assert_eq!((bs[0].seq, &bs[0].mask[8..12]), (4, &[1, 1, 1, 1][..]));
        assert_eq!(&bs[0].ids[..4], &[7, 7, 7, 1]);
        assert!(bs.iter().all(|b| b.indices.len() <= 3));
    }
}
