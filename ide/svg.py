"""The diagram's SVG, cleaned before a page inserts it: a strict allow-list of SVG elements and
attributes, applied to the parsed XML.

Graphviz escapes the labels it draws, but its output also carries what a DOT source asks for
(`URL`/`href` become `<a xlink:href>`), and the page inserts the SVG with innerHTML. HTML
sanitizers (nh3, bleach) parse HTML, not namespaced XML, so they are not used here. Everything
not listed is dropped: scripts, event handlers, `style`, `foreignObject`, links, `<use>`, animation.
"""
import xml.etree.ElementTree as ET
from xml.parsers import expat

SVG = "http://www.w3.org/2000/svg"
ELEMENTS = {"svg", "g", "title", "desc", "path", "polygon", "polyline", "ellipse", "circle", "rect", "line",
            "text", "tspan", "defs", "linearGradient", "radialGradient", "stop"}
UNWRAPPED = {"a"}  # Graphviz wraps linked or tooltipped items in <a>: the drawing stays, the link goes
ATTRIBUTES = {"id", "class", "transform", "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy",
              "r", "rx", "ry", "fx", "fy", "dx", "dy", "points", "d", "fill", "stroke", "stroke-width",
              "stroke-dasharray", "stroke-opacity", "fill-opacity", "opacity", "font-family", "font-size",
              "font-weight", "font-style", "text-anchor", "text-decoration", "preserveAspectRatio", "offset",
              "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "version"}

ET.register_namespace("", SVG)


def sanitize(svg_text):
    """The SVG with only allowed elements and attributes. ValueError if it is not one SVG document
    or declares entities."""
    root = parse(svg_text)
    if root.tag != f"{{{SVG}}}svg":
        raise ValueError("not an SVG document")
    clean(root)
    return ET.tostring(root, encoding="unicode")


def parse(text):
    checker = expat.ParserCreate()
    checker.EntityDeclHandler = refuse_entities  # no entity expansion (billion laughs)
    checker.UnparsedEntityDeclHandler = refuse_entities
    try:
        checker.Parse(text, True)
        return ET.fromstring(text)
    except (expat.ExpatError, ET.ParseError) as e:
        raise ValueError(f"the SVG is not well-formed: {e}") from None


def refuse_entities(*args):
    raise ValueError("the SVG declares entities")


def clean(element):
    clean_attributes(element)
    kept = []
    for child in element:
        name = local_name(child)
        if name in UNWRAPPED:
            clean(child)
            kept.extend(child)
        elif name in ELEMENTS:
            clean(child)
            kept.append(child)
    element[:] = kept


def local_name(element):
    """The element's name if it is an SVG element, else None."""
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith(f"{{{SVG}}}"):
        return None
    return tag[len(SVG) + 2:]


def clean_attributes(element):
    for name, value in list(element.attrib.items()):
        if name not in ATTRIBUTES or not safe_value(value):
            del element.attrib[name]


def safe_value(value):
    """No reference outside the document: a paint may be `url(#id)`, nothing else (hrefs are not allowed)."""
    refs = "".join(value.split()).lower().split("url(")[1:]
    return all(ref.startswith("#") for ref in refs)
