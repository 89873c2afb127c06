//! Charts as images: the model (what is drawn), the drawing, and the encoding to SVG or PNG, in that order.

pub mod draw;
pub mod encode;
pub mod model;
