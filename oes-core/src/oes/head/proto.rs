//! Just enough of the ONNX protobuf format to read a small graph: its nodes (operator, inputs, outputs, integer
//! attributes) and its initializers (name, shape, float32 or int64 values). Anything else in the file is skipped.
//!
//! Field numbers are those of `onnx.proto` (ModelProto.graph = 7, metadata_props = 14; StringStringEntryProto
//! key = 1, value = 2; GraphProto.node = 1, initializer = 5; NodeProto
//! input = 1, output = 2, op_type = 4, attribute = 5; AttributeProto name = 1, i = 3, ints = 8; TensorProto dims = 1,
//! data_type = 2, float_data = 4, int64_data = 7, name = 8, raw_data = 9, data_location = 14).

use std::collections::HashMap;

/// A parse failure, described for the caller's message.
pub(crate) type ProtoResult<T> = std::result::Result<T, String>;

/// One graph node.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Node {
    pub op: String,
    pub inputs: Vec<String>,
    pub outputs: Vec<String>,
    /// Integer attributes (`axis`, `keepdims`), by name.
    pub ints: Vec<(String, i64)>,
}

/// One initializer's values.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Values {
    F32(Vec<f32>),
    I64(Vec<i64>),
}

/// One initializer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Initializer {
    pub dims: Vec<usize>,
    pub values: Values,
}

/// The parts of a graph this crate reads.
#[derive(Debug, Default)]
pub(crate) struct Graph {
    pub nodes: Vec<Node>,
    pub initializers: HashMap<String, Initializer>,
}

/// One field of a message: its number and its payload.
enum Field<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
    Fixed,
}

struct Reader<'a> {
    buf: &'a [u8],
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> ProtoResult<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = self.buf.split_first().ok_or("truncated varint")?;
            self.buf = rest;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("varint longer than 10 bytes".into())
    }

    fn take(&mut self, n: usize) -> ProtoResult<&'a [u8]> {
        if n > self.buf.len() {
            return Err("field runs past the end of its message".into());
        }
        let (head, rest) = self.buf.split_at(n);
        self.buf = rest;
        Ok(head)
    }

    /// The next field, or `None` at the end of the message.
    fn next(&mut self) -> ProtoResult<Option<(u64, Field<'a>)>> {
        if self.buf.is_empty() {
            return Ok(None);
        }
        let key = self.varint()?;
        let field = match key & 7 {
            0 => Field::Varint(self.varint()?),
            1 => {
                self.take(8)?;
                Field::Fixed
            }
            2 => {
                let n = usize::try_from(self.varint()?).map_err(|_| "length does not fit")?;
                Field::Bytes(self.take(n)?)
            }
            5 => {
                self.take(4)?;
                Field::Fixed
            }
            w => return Err(format!("unsupported wire type {w}")),
        };
        Ok(Some((key >> 3, field)))
    }
}

fn fields<'a>(buf: &'a [u8], mut each: impl FnMut(u64, Field<'a>) -> ProtoResult<()>) -> ProtoResult<()> {
    let mut r = Reader { buf };
    while let Some((number, field)) = r.next()? {
        each(number, field)?;
    }
    Ok(())
}

fn string(bytes: &[u8]) -> ProtoResult<String> {
    String::from_utf8(bytes.to_vec()).map_err(|_| "a name is not UTF-8".into())
}

/// Varints given either one per field or packed into one length-delimited field.
fn push_varints(field: Field<'_>, out: &mut Vec<u64>) -> ProtoResult<()> {
    match field {
        Field::Varint(v) => out.push(v),
        Field::Bytes(b) => {
            let mut r = Reader { buf: b };
            while !r.buf.is_empty() {
                out.push(r.varint()?);
            }
        }
        Field::Fixed => return Err("a fixed-width value where varints belong".into()),
    }
    Ok(())
}

fn node(buf: &[u8]) -> ProtoResult<Node> {
    let mut n = Node::default();
    fields(buf, |number, field| {
        match (number, field) {
            (1, Field::Bytes(b)) => n.inputs.push(string(b)?),
            (2, Field::Bytes(b)) => n.outputs.push(string(b)?),
            (4, Field::Bytes(b)) => n.op = string(b)?,
            (5, Field::Bytes(b)) => {
                let (mut name, mut int) = (String::new(), None);
                fields(b, |number, field| {
                    match (number, field) {
                        (1, Field::Bytes(b)) => name = string(b)?,
                        (3, Field::Varint(v)) => int = Some(v as i64),
                        _ => {}
                    }
                    Ok(())
                })?;
                if let Some(v) = int {
                    n.ints.push((name, v));
                }
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(n)
}

const FLOAT: u64 = 1;
const INT64: u64 = 7;

fn initializer(buf: &[u8]) -> ProtoResult<(String, Initializer)> {
    let (mut name, mut dims, mut data_type, mut raw, mut external) = (String::new(), Vec::new(), 0, None, false);
    let (mut floats, mut ints) = (Vec::new(), Vec::new());
    fields(buf, |number, field| {
        match (number, field) {
            (1, f) => push_varints(f, &mut dims)?,
            (2, Field::Varint(v)) => data_type = v,
            (4, Field::Bytes(b)) => {
                floats.extend(b.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])))
            }
            (7, f) => push_varints(f, &mut ints)?,
            (8, Field::Bytes(b)) => name = string(b)?,
            (9, Field::Bytes(b)) => raw = Some(b),
            (14, Field::Varint(1)) => external = true,
            _ => {}
        }
        Ok(())
    })?;
    if external {
        return Err(format!("initializer {name:?} is stored outside the file"));
    }
    let dims: Vec<usize> = dims.into_iter().map(|d| d as usize).collect();
    let count: usize = dims.iter().product();
    let values = match (data_type, raw) {
        (FLOAT, Some(b)) => {
            Values::F32(b.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
        }
        (FLOAT, None) => Values::F32(floats),
        (INT64, Some(b)) => Values::I64(
            b.chunks_exact(8).map(|c| i64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])).collect(),
        ),
        (INT64, None) => Values::I64(ints.into_iter().map(|v| v as i64).collect()),
        (t, _) => return Err(format!("initializer {name:?} has data type {t}, not float32 or int64")),
    };
    let len = match &values {
        Values::F32(v) => v.len(),
        Values::I64(v) => v.len(),
    };
    if len != count {
        return Err(format!("initializer {name:?} has {len} values for shape {dims:?}"));
    }
    Ok((name, Initializer { dims, values }))
}

/// Reads the graph of a serialized `ModelProto`.
pub(crate) fn read_graph(model: &[u8]) -> ProtoResult<Graph> {
    let mut graph = None;
    fields(model, |number, field| {
        if let (7, Field::Bytes(b)) = (number, field) {
            graph = Some(b);
        }
        Ok(())
    })?;
    let graph_bytes = graph.ok_or("no graph")?;
    let mut g = Graph::default();
    fields(graph_bytes, |number, field| {
        match (number, field) {
            (1, Field::Bytes(b)) => g.nodes.push(node(b)?),
            (5, Field::Bytes(b)) => {
                let (name, init) = initializer(b)?;
                g.initializers.insert(name, init);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(g)
}

/// The value of the model's metadata entry `key` (`ModelProto.metadata_props`), if it has one.
pub(crate) fn read_metadata(model: &[u8], key: &str) -> ProtoResult<Option<String>> {
    let mut found = None;
    fields(model, |number, field| {
        if let (14, Field::Bytes(entry)) = (number, field) {
            let (mut k, mut v) = (String::new(), String::new());
            fields(entry, |number, field| {
                match (number, field) {
                    (1, Field::Bytes(b)) => k = string(b)?,
                    (2, Field::Bytes(b)) => v = string(b)?,
                    _ => {}
                }
                Ok(())
            })?;
            if k == key {
                found = Some(v);
            }
        }
        Ok(())
    })?;
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn varint(mut v: u64, out: &mut Vec<u8>) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                out.push(b);
                return;
            }
            out.push(b | 0x80);
        }
    }

    fn bytes(number: u64, payload: &[u8], out: &mut Vec<u8>) {
        varint(number << 3 | 2, out);
        varint(payload.len() as u64, out);
        out.extend_from_slice(payload);
    }

    #[test]
    fn reads_nodes_and_initializers_and_refuses_garbage() {
        let mut tensor = Vec::new();
        varint(1 << 3, &mut tensor);
        varint(2, &mut tensor);
        varint(2 << 3, &mut tensor);
        varint(FLOAT, &mut tensor);
        bytes(8, b"W", &mut tensor);
        bytes(9, &[1.5f32.to_le_bytes(), (-2f32).to_le_bytes()].concat(), &mut tensor);
        let mut attr = Vec::new();
        bytes(1, b"axis", &mut attr);
        varint(3 << 3, &mut attr);
        varint(2, &mut attr);
        let mut node = Vec::new();
        bytes(1, b"x", &mut node);
        bytes(1, b"W", &mut node);
        bytes(2, b"y", &mut node);
        bytes(4, b"MatMul", &mut node);
        bytes(5, &attr, &mut node);
        let mut graph = Vec::new();
        bytes(1, &node, &mut graph);
        bytes(5, &tensor, &mut graph);
        let mut model = Vec::new();
        varint(1 << 3, &mut model); // ir_version, skipped
        varint(8, &mut model);
        bytes(7, &graph, &mut model);

        let g = read_graph(&model).unwrap();
        assert_eq!(g.nodes.len(), 1);
        assert_eq!(g.nodes[0].op, "MatMul");
        assert_eq!(g.nodes[0].inputs, ["x", "W"]);
        assert_eq!(g.nodes[0].outputs, ["y"]);
        assert_eq!(g.nodes[0].ints, [("axis".to_owned(), 2)]);
        assert_eq!(g.initializers["W"], Initializer { dims: vec![2], values: Values::F32(vec![1.5, -2.0]) });

        assert!(read_graph(b"").unwrap_err().contains("no graph"));
        assert!(read_graph(&model[..model.len() - 3]).is_err());
        assert!(read_graph(&[0x3a, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]).is_err());
    }

    #[test]
    fn reads_a_metadata_entry_by_key() {
        let mut model = Vec::new();
        for (k, v) in [("other", "x"), ("oes.calibration", "{\"version\": 1}")] {
            let mut entry = Vec::new();
            bytes(1, k.as_bytes(), &mut entry);
            bytes(2, v.as_bytes(), &mut entry);
            bytes(14, &entry, &mut model);
        }
        assert_eq!(read_metadata(&model, "oes.calibration").unwrap().as_deref(), Some("{\"version\": 1}"));
        assert_eq!(read_metadata(&model, "other").unwrap().as_deref(), Some("x"));
        assert_eq!(read_metadata(&model, "missing").unwrap(), None);
        assert!(read_metadata(&model[..model.len() - 3], "other").is_err());
    }
}
