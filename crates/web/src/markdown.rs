//! Markdown that people write (backgrounds, descriptions) as safe HTML: raw HTML is shown as
//! text, and links and images may only point to http(s), mail or this site, so what one
//! person writes cannot run script in another's browser.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, html};

fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        || (lower.starts_with('/') && !lower.starts_with("//"))
        || lower.starts_with('#')
}

pub fn to_html(text: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(text, options).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link { link_type, dest_url, title, id }) if !safe_url(&dest_url) => {
            Event::Start(Tag::Link { link_type, dest_url: CowStr::Borrowed("#"), title, id })
        }
        Event::Start(Tag::Image { link_type, dest_url, title, id }) if !safe_url(&dest_url) => {
            Event::Start(Tag::Image { link_type, dest_url: CowStr::Borrowed(""), title, id })
        }
        other => other,
    });
    let mut out = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn markdown_renders_and_stays_safe() {
        assert_eq!(to_html("**Bold** and *em*"), "<p><strong>Bold</strong> and <em>em</em></p>\n");
        assert!(to_html("- one\n- two").contains("<li>one</li>"));
        assert!(
            to_html("[ASEC](https://asec.example)").contains("<a href=\"https://asec.example\">ASEC</a>")
        );
        let attack =
            to_html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>");
        assert!(
            !attack.contains("<script") && !attack.contains("<img") && !attack.contains("javascript:"),
            "{attack}"
        );
        assert!(attack.contains("&lt;script&gt;"));
        assert!(to_html("สหกรณ์ **合作社**").contains("<strong>合作社</strong>"));
    }
}
