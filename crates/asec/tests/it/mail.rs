//! Mail through a real SMTP server listening on localhost (a minimal one in this test), in the
//! recipient's language, retried when the server is away.

use crate::harness::{PASSWORD, TestApp, link_in};
use reqwest::StatusCode;
use std::sync::{Arc, Mutex};
use store::Backend;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// Accepts SMTP sessions and keeps each message's data.
async fn smtp_server(listener: tokio::net::TcpListener, inbox: Arc<Mutex<Vec<String>>>) {
    loop {
        let Ok((socket, _)) = listener.accept().await else {
            return;
        };
        let inbox = inbox.clone();
        tokio::spawn(async move {
            let (read, mut write) = socket.into_split();
            let mut lines = BufReader::new(read).lines();
            write.write_all(b"220 test.local ESMTP\r\n").await.unwrap();
            let mut data: Option<String> = None;
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(body) = data.as_mut() {
                    if line == "." {
                        inbox.lock().unwrap().push(std::mem::take(body));
                        data = None;
                        write.write_all(b"250 OK queued\r\n").await.unwrap();
                    } else {
                        body.push_str(line.strip_prefix('.').unwrap_or(&line));
                        body.push('\n');
                    }
                    continue;
                }
                let verb = line.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
                let reply: &[u8] = match verb.as_str() {
                    "EHLO" => b"250-test.local\r\n250 8BITMIME\r\n",
                    "HELO" | "MAIL" | "RCPT" | "RSET" | "NOOP" => b"250 OK\r\n",
                    "DATA" => {
                        data = Some(String::new());
                        b"354 go ahead\r\n"
                    }
                    "QUIT" => {
                        write.write_all(b"221 bye\r\n").await.unwrap();
                        return;
                    }
                    _ => b"502 not implemented\r\n",
                };
                write.write_all(reply).await.unwrap();
            }
        });
    }
}

async fn wait_for(inbox: &Arc<Mutex<Vec<String>>>, count: usize) -> Vec<String> {
    for _ in 0..100 {
        if inbox.lock().unwrap().len() >= count {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    inbox.lock().unwrap().clone()
}

#[tokio::test]
async fn mail_goes_out_through_smtp_in_the_recipients_language() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let inbox = Arc::new(Mutex::new(Vec::new()));
    tokio::spawn(smtp_server(listener, inbox.clone()));
    let app = TestApp::start_with(Backend::Sqlite, |c| {
        c.smtp_host = Some("127.0.0.1".into());
        c.smtp_port = port;
        c.smtp_security = web::config::SmtpSecurity::None;
        c.mail_from = "ASEC <no-reply@asec.test>".into();
    })
    .await;
    let visitor = app.client();
    let r = visitor
        .submit(
            "/signup",
            "/signup",
            &[
                ("display_name", "Siti"),
                ("email", "siti@koperasi.id"),
                ("password", PASSWORD),
                ("lang", "id"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let received = wait_for(&inbox, 1).await;
    assert_eq!(received.len(), 1, "one message arrived");
    let message = &received[0];
    assert!(message.contains("To: siti@koperasi.id"), "{message}");
    assert!(message.contains("From: ASEC <no-reply@asec.test>"));
    let outbox = app.last_mail("siti@koperasi.id").await;
    assert_eq!(outbox.status, "sent");
    assert_eq!(outbox.lang, "id");
    assert!(!outbox.subject.contains("Confirm your email"), "written in Indonesian: {}", outbox.subject);
    assert!(outbox.body_text.contains("Siti"));
    assert!(link_in(&outbox.body_text, "/verify/").starts_with(&app.url));
    app.stop().await;
}

#[tokio::test]
async fn mail_waits_in_the_outbox_while_the_smtp_server_is_away_and_survives_a_restart() {
    // A port nobody listens on yet.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let configure = move |c: &mut web::Config| {
        c.smtp_host = Some("127.0.0.1".into());
        c.smtp_port = port;
        c.smtp_security = web::config::SmtpSecurity::None;
    };
    let app = TestApp::start_with(Backend::Sqlite, configure).await;
    app.client()
        .submit(
            "/signup",
            "/signup",
            &[
                ("display_name", "Nguyen"),
                ("email", "nguyen@hoptacxa.vn"),
                ("password", PASSWORD),
                ("lang", "en"),
            ],
        )
        .await;
    let mut mail = app.last_mail("nguyen@hoptacxa.vn").await;
    for _ in 0..50 {
        if mail.attempts > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        mail = app.last_mail("nguyen@hoptacxa.vn").await;
    }
    assert_eq!(mail.status, "pending", "kept for a retry");
    assert_eq!(mail.attempts, 1);
    assert!(mail.last_error.is_some());
    assert!(mail.next_attempt_at > app.now(), "retried later, not at once");
    // The server comes back while the app is down; after the restart, once the retry is
    // due, the worker delivers the message.
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.unwrap();
    let inbox = Arc::new(Mutex::new(Vec::new()));
    tokio::spawn(smtp_server(listener, inbox.clone()));
    let app = app.restart(configure).await;
    app.clock.set(mail.next_attempt_at);
    let received = wait_for(&inbox, 1).await;
    assert_eq!(received.len(), 1);
    assert_eq!(app.last_mail("nguyen@hoptacxa.vn").await.status, "sent");
    app.stop().await;
}
