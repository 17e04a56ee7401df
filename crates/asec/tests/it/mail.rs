//! Mail through a real SMTP server listening on localhost (aiosmtpd, see `smtp`), on both
//! databases: in the recipient's language, and kept in the outbox while the server is away.

use crate::harness::{PASSWORD, TestApp, link_in};
use crate::smtp::{SmtpServer, free_port, sending_to};
use reqwest::StatusCode;
use store::testdb::backends;

#[tokio::test]
async fn mail_goes_out_through_smtp_in_the_recipients_language() {
    for backend in backends() {
        let smtp = SmtpServer::start().await;
        let app = TestApp::start_with(backend, sending_to(smtp.port)).await;
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
        let received = smtp.wait_for(1).await;
        assert_eq!(received.len(), 1, "one message arrived");
        let message = &received[0];
        assert_eq!(message.rcpt_tos, vec!["siti@koperasi.id"]);
        assert_eq!(message.to, "siti@koperasi.id");
        assert_eq!(message.from, "ASEC <no-reply@asec.test>");
        // Written in Indonesian, from the Indonesian catalogue.
        let tr = web::Tr::new("id");
        let network = app.state.reference.network.name.get("id");
        assert_eq!(message.subject, tr.t_args("mail-verify-subject", &[("network", network)]));
        assert!(message.body.starts_with("Halo Siti,"), "{}", message.body);
        let link = link_in(&message.body, "/verify/");
        assert!(link.starts_with(&app.url), "{link}");
        let outbox = app.last_mail_after_sending("siti@koperasi.id").await;
        assert_eq!(outbox.status, "sent");
        assert_eq!(outbox.lang, "id");
        assert_eq!(outbox.subject, message.subject, "the outbox keeps what was sent");
        // The link in the mail confirms the address.
        let page = visitor.page(&link).await;
        assert!(page.contains(&web::Tr::new("en").t("verify-done-title")), "{page}");
        app.finish().await;
    }
}

#[tokio::test]
async fn mail_waits_in_the_outbox_while_the_smtp_server_is_away_and_survives_a_restart() {
    for backend in backends() {
        // A port nobody listens on yet.
        let port = free_port();
        let app = TestApp::start_with(backend, sending_to(port)).await;
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
        for _ in 0..100 {
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
        let smtp = SmtpServer::start_on(port).await;
        let app = app.restart(sending_to(port)).await;
        app.clock.set(mail.next_attempt_at);
        let received = smtp.wait_for(1).await;
        assert_eq!(received.len(), 1);
        assert_eq!(received[0].to, "nguyen@hoptacxa.vn");
        let mail = app.last_mail_after_sending("nguyen@hoptacxa.vn").await;
        assert_eq!(received[0].subject, mail.subject);
        assert_eq!(mail.status, "sent");
        assert_eq!(mail.attempts, 2, "sent once, on the retry");
        app.finish().await;
    }
}
