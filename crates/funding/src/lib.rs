//! Resource mobilisation. So far only its pure rules (`domain`): no tables, pages or routes yet.

// The rules are ahead of the pages that will use them; until then only their tests call them.
#[allow(dead_code)]
mod domain;
