//! The decompressed sizes a Parquet file declares, checked before anything is decoded (feature `parquet`).
//!
//! The `parquet` crate allocates each page's buffer from the `uncompressed_page_size` of its page header, which a
//! file may set to anything up to 2 GiB: a 4 KB file can make the decoder ask for gigabytes (found by the
//! `responses_parquet` fuzz target). Before a file is decoded, every page header of every column chunk is read here
//! (the Thrift compact encoding of the Parquet format's `PageHeader`; nothing else of the page) and the largest page
//! of each column of a row group is summed: that is what decoding a row group holds decompressed at once, and it must
//! stay within [`Limits::parquet_bytes`].

use std::io::{Read, Seek, SeekFrom};

use crate::error::{Error, Result};
use crate::limits::Limits;

/// How deep the Thrift structs of a page header may nest before the header is refused (the format's own nest 3).
const MAX_DEPTH: u32 = 16;

/// Checks the page sizes of `file` (whose footer `metadata` describes) against `limits`.
pub(crate) fn check(
    file: &mut std::fs::File,
    metadata: &parquet::file::metadata::ParquetMetaData,
    name: &str,
    limits: &Limits,
) -> Result<()> {
    let io = |message: String| Error::Io { path: name.to_owned(), message };
    let len = file.metadata().map_err(|e| io(e.to_string()))?.len();
    for group in metadata.row_groups() {
        let mut at_once = 0u64;
        for column in group.columns() {
            let start = column.dictionary_page_offset().unwrap_or(column.data_page_offset());
            let start = u64::try_from(start).map_err(|_| io(malformed("a column chunk's offset")))?;
            let size = u64::try_from(column.compressed_size()).map_err(|_| io(malformed("a column chunk's size")))?;
            let end = start.checked_add(size).filter(|&end| end <= len);
            let end = end.ok_or_else(|| io(malformed("a column chunk beyond the end of the file")))?;
            at_once = at_once.saturating_add(largest_page(file, start, end).map_err(|e| match e {
                PageError::Io(e) => io(e.to_string()),
                PageError::Header(what) => io(malformed(&format!("a page header: {what}"))),
            })?);
        }
        if at_once > limits.parquet_bytes {
            return Err(Limits::exceeded(
                "parquet-bytes",
                limits.parquet_bytes,
                format!("{name}: a row group declares {at_once} bytes of decompressed pages at once"),
            ));
        }
    }
    Ok(())
}

fn malformed(what: &str) -> String {
    format!("not a Parquet file this reader reads ({what})")
}

/// Why a column chunk's pages could not be sized.
enum PageError {
    Io(std::io::Error),
    Header(&'static str),
}

/// What a header cut short says ([`Reader::byte`]).
const ENDS_EARLY: &str = "it ends early";

/// Bytes a page header may take (its statistics hold values; writers cut them short).
const MAX_HEADER: u64 = 16 << 20;

/// The largest `uncompressed_page_size` of the pages of the column chunk at `start..end` of `file`, each page header
/// read where the previous page ends (a window of 4 KiB, grown while the header runs past it, up to
/// [`MAX_HEADER`]): the pages themselves are skipped, so memory holds one header.
fn largest_page(file: &mut (impl Read + Seek), start: u64, end: u64) -> std::result::Result<u64, PageError> {
    let mut largest = 0u64;
    let mut at = start;
    let mut window = Vec::new();
    while at < end {
        let mut size = 4096u64;
        let (uncompressed, header, compressed) = loop {
            let n = size.min(end - at);
            window.clear();
            file.seek(SeekFrom::Start(at)).map_err(PageError::Io)?;
            file.by_ref().take(n).read_to_end(&mut window).map_err(PageError::Io)?;
            let mut r = Reader { bytes: &window, at: 0 };
            match r.page_header() {
                Ok((u, c)) => break (u, r.at as u64, c),
                Err(ENDS_EARLY) if n < end - at && size < MAX_HEADER => size = (size * 4).min(MAX_HEADER),
                Err(ENDS_EARLY) if n < end - at => return Err(PageError::Header("over 16 MiB")),
                Err(what) => return Err(PageError::Header(what)),
            }
        };
        largest = largest.max(uncompressed);
        at = at.saturating_add(header).saturating_add(compressed);
    }
    Ok(largest)
}

/// A reader of the Thrift compact protocol over a slice.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> std::result::Result<u8, &'static str> {
        let b = *self.bytes.get(self.at).ok_or(ENDS_EARLY)?;
        self.at += 1;
        Ok(b)
    }

    fn varint(&mut self) -> std::result::Result<u64, &'static str> {
        let mut value = 0u64;
        for shift in (0..70).step_by(7) {
            let b = self.byte()?;
            if shift == 63 && b > 1 {
                return Err("a number over 64 bits");
            }
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err("a number over 64 bits")
    }

    fn zigzag(&mut self) -> std::result::Result<i64, &'static str> {
        let v = self.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    fn skip(&mut self, n: u64) -> std::result::Result<(), &'static str> {
        let n = usize::try_from(n).map_err(|_| "a length past its end")?;
        self.at = self.at.checked_add(n).filter(|&end| end <= self.bytes.len()).ok_or(ENDS_EARLY)?;
        Ok(())
    }

    /// Skips one value of compact type `kind`.
    fn skip_value(&mut self, kind: u8, depth: u32) -> std::result::Result<(), &'static str> {
        match kind {
            1 | 2 => Ok(()), // true, false (in a struct field; in a list they take a byte, see below)
            3 => self.skip(1),
            4..=6 => self.varint().map(|_| ()),
            7 => self.skip(8),
            8 => {
                let n = self.varint()?;
                self.skip(n)
            }
            9 | 10 => {
                let header = self.byte()?;
                let n = match header >> 4 {
                    15 => self.varint()?,
                    n => u64::from(n),
                };
                let element = header & 0x0f;
                for _ in 0..n {
                    if element == 1 || element == 2 {
                        self.skip(1)?;
                    } else {
                        self.skip_value(element, depth)?;
                    }
                }
                Ok(())
            }
            11 => {
                let n = self.varint()?;
                if n == 0 {
                    return Ok(());
                }
                let types = self.byte()?;
                for _ in 0..n {
                    for t in [types >> 4, types & 0x0f] {
                        if t == 1 || t == 2 {
                            self.skip(1)?;
                        } else {
                            self.skip_value(t, depth)?;
                        }
                    }
                }
                Ok(())
            }
            12 => self.skip_struct(depth + 1),
            _ => Err("an unknown type"),
        }
    }

    /// Skips a struct's fields to its stop byte.
    fn skip_struct(&mut self, depth: u32) -> std::result::Result<(), &'static str> {
        if depth > MAX_DEPTH {
            return Err("structs nested too deep");
        }
        loop {
            let header = self.byte()?;
            if header == 0 {
                return Ok(());
            }
            if header >> 4 == 0 {
                self.zigzag()?; // a field id written out
            }
            self.skip_value(header & 0x0f, depth)?;
        }
    }

    /// A `PageHeader`: its `uncompressed_page_size` (field 2) and `compressed_page_size` (field 3), both required and
    /// not negative.
    fn page_header(&mut self) -> std::result::Result<(u64, u64), &'static str> {
        let (mut uncompressed, mut compressed) = (None, None);
        let mut id = 0i64;
        loop {
            let header = self.byte()?;
            if header == 0 {
                break;
            }
            id = match header >> 4 {
                0 => self.zigzag()?,
                delta => id + i64::from(delta),
            };
            let kind = header & 0x0f;
            match (id, kind) {
                (2, 5) => uncompressed = Some(self.zigzag()?),
                (3, 5) => compressed = Some(self.zigzag()?),
                _ => self.skip_value(kind, 1)?,
            }
        }
        match (uncompressed, compressed) {
            (Some(u), Some(c)) if u >= 0 && c >= 0 => Ok((u as u64, c as u64)),
            (Some(_), Some(_)) => Err("a negative size"),
            _ => Err("no page sizes"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`largest_page`] of a whole chunk held in memory, its error as text.
    fn largest(chunk: &[u8]) -> std::result::Result<u64, String> {
        largest_page(&mut std::io::Cursor::new(chunk), 0, chunk.len() as u64).map_err(|e| match e {
            PageError::Io(e) => e.to_string(),
            PageError::Header(what) => what.to_owned(),
        })
    }

    /// A page header as the Thrift compact protocol writes it: type, sizes, then a nested struct and a list.
    fn header(uncompressed: i64, compressed: i64) -> Vec<u8> {
        let zigzag = |v: i64| -> Vec<u8> {
            let mut u = ((v << 1) ^ (v >> 63)) as u64;
            let mut out = Vec::new();
            loop {
                let b = (u & 0x7f) as u8;
                u >>= 7;
                if u == 0 {
                    out.push(b);
                    return out;
                }
                out.push(b | 0x80);
            }
        };
        let mut h = vec![0x15];
        h.extend(zigzag(0)); // 1: type (i32)
        h.push(0x15);
        h.extend(zigzag(uncompressed)); // 2
        h.push(0x15);
        h.extend(zigzag(compressed)); // 3
        h.push(0x2c); // 5: data_page_header (struct)
        h.push(0x15);
        h.extend(zigzag(7)); // its num_values
        h.push(0x19); // a list (field 1 of the nested struct, delta 1 from 0)
        h.push(0x28); // 2 binaries
        h.extend([1, b'a', 2, b'b', b'c']);
        h.push(0x11); // a true
        h.push(0); // stop (nested)
        h.push(0); // stop
        h
    }

    #[test]
    fn page_headers_are_read_and_skipped_page_by_page() {
        let mut chunk = header(1000, 3);
        chunk.extend([9, 9, 9]);
        chunk.extend(header(70_000, 2));
        chunk.extend([9, 9]);
        assert_eq!(largest(&chunk), Ok(70_000));
        // Cut anywhere, a header is an error, never a panic or a read past the end.
        for cut in 0..chunk.len() {
            let _ = largest(&chunk[..cut]);
        }
        for bad in [header(-1, 3), header(5, -2)] {
            assert!(largest(&bad).unwrap_err().contains("negative"));
        }
        // Sizes missing; a page longer than the chunk; a struct nested too deep.
        assert!(largest(&[0x15, 0x00, 0x00]).unwrap_err().contains("no page sizes"));
        let mut long = header(10, 100);
        long.push(1);
        assert!(largest(&long).is_ok_and(|n| n == 10), "the last page may run to the chunk's end");
        let mut deep = vec![0x15, 0x02, 0x15, 0x02, 0x15, 0x02];
        deep.extend([0x1c; 40]);
        assert!(largest(&deep).is_err());
        // A header longer than the first window (4 KiB) is read whole: field 1 a binary of 10,000 bytes, then the
        // sizes (123 and 0) and the stop.
        let mut wide = vec![0x18, 0x90, 0x4e];
        wide.extend([b'x'; 10_000]);
        wide.extend([0x15, 0xf6, 0x01, 0x15, 0x00, 0x00]);
        assert_eq!(largest(&wide), Ok(123));
        assert_eq!(largest(&wide[..9_000]).unwrap_err(), ENDS_EARLY);
    }
}
