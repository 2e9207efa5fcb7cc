//! Reading EWP XML with `roxmltree`: elements by local name (the namespaces differ between
//! versions), each element named by its path and line in messages.

use std::sync::Arc;

use roxmltree::{Document, Node};

use crate::import::origin::{At, Origin};

/// A parsed document and its file name, for messages.
pub(crate) struct Xml<'d, 'i> {
    pub file: &'d Arc<str>,
    pub doc: &'d Document<'i>,
}

impl<'d, 'i> Xml<'d, 'i> {
    /// The element's line, counting from 1.
    pub fn line(&self, node: Node) -> u32 {
        self.doc.text_pos_at(node.range().start).row
    }

    /// Where an element is: the file and `/iias-get-response/iia[2]/partner[1]`.
    pub fn origin(&self, node: Node) -> Origin {
        Origin {
            file: self.file.clone(),
            at: At::Element {
                path: path(node),
                line: self.line(node),
            },
        }
    }

    /// `file: /path (line N): message`.
    pub fn problem(&self, node: Node, message: impl std::fmt::Display) -> String {
        format!(
            "{}: {} (line {}): {message}",
            self.file,
            path(node),
            self.line(node)
        )
    }
}

/// `/root/child[n]/...`: each element's local name, with its position among its parent's
/// children of that name (from 1) where there are several.
pub(crate) fn path(node: Node) -> String {
    let mut parts = Vec::new();
    for n in node.ancestors().filter(Node::is_element) {
        let name = n.tag_name().name();
        let same = |s: &Node| s.is_element() && s.tag_name().name() == name;
        // roxmltree's sibling iterators start at the node itself.
        let index = n.prev_siblings().skip(1).filter(same).count();
        let total = index + n.next_siblings().skip(1).filter(same).count();
        if total > 0 && n.parent().is_some_and(|p| p.is_element()) {
            parts.push(format!("{name}[{}]", index + 1));
        } else {
            parts.push(name.to_owned());
        }
    }
    parts.reverse();
    format!("/{}", parts.join("/"))
}

/// The first child element with this local name.
pub(crate) fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

/// The child elements with this local name.
pub(crate) fn children<'a, 'i>(
    node: Node<'a, 'i>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    node.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

/// The trimmed text of the first child with this name, if it has any.
pub(crate) fn text_of(node: Node, name: &str) -> Option<String> {
    child(node, name).and_then(text)
}

/// An element's trimmed text, if not empty.
pub(crate) fn text(node: Node) -> Option<String> {
    let text: String = node
        .descendants()
        .filter(Node::is_text)
        .filter_map(|t| t.text())
        .collect();
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// Of elements with an `xml:lang`, the English one, else the first.
pub(crate) fn english<'a, 'i>(nodes: impl Iterator<Item = Node<'a, 'i>>) -> Option<Node<'a, 'i>> {
    let nodes: Vec<Node> = nodes.collect();
    let lang = |n: &Node| {
        n.attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
            .unwrap_or_default()
            .to_lowercase()
    };
    nodes
        .iter()
        .find(|n| lang(n) == "en" || lang(n).starts_with("en-"))
        .or(nodes.first())
        .copied()
}

/// `true`/`1` or `false`/`0` (xs:boolean).
pub(crate) fn boolean(text: &str) -> Option<bool> {
    match text {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}
