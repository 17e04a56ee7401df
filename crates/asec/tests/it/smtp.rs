//! A real SMTP server on localhost for the mail tests: Python's aiosmtpd (installed by
//! `scripts/install-test-deps`), with the small handler `tests/fixtures/smtp_inbox.py` that
//! decodes each message and writes it as JSON into a folder of its own. The server is stopped
//! when the `SmtpServer` is dropped.

use serde::Deserialize;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// A message as its recipient reads it: headers decoded, body as plain text.
#[derive(Debug, Clone, Deserialize)]
pub struct Received {
    pub rcpt_tos: Vec<String>,
    pub from: String,
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub struct SmtpServer {
    pub port: u16,
    process: Child,
    inbox: tempfile::TempDir,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// A port nobody listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The configuration that sends the app's mail to an SMTP server on `port`, unencrypted.
pub fn sending_to(port: u16) -> impl Fn(&mut web::Config) + Copy {
    move |c: &mut web::Config| {
        c.smtp_host = Some("127.0.0.1".into());
        c.smtp_port = port;
        c.smtp_security = web::config::SmtpSecurity::None;
        c.mail_from = "ASEC <no-reply@asec.test>".into();
    }
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        Self::start_on(free_port()).await
    }

    /// Starts the server on `port` and waits until it accepts connections.
    pub async fn start_on(port: u16) -> SmtpServer {
        let inbox = tempfile::tempdir().unwrap();
        let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let process = Command::new("python3")
            .args(["-m", "aiosmtpd", "--nosetuid", "--listen", &format!("127.0.0.1:{port}")])
            .args(["--class", "smtp_inbox.Inbox"])
            .arg(inbox.path())
            .env("PYTHONPATH", &fixtures)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 runs (scripts/install-test-deps installs aiosmtpd)");
        let mut server = SmtpServer { port, process, inbox };
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return server;
            }
            if let Some(status) = server.process.try_wait().unwrap() {
                panic!("aiosmtpd stopped ({status}): is it installed? scripts/install-test-deps");
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("aiosmtpd did not listen on port {port}");
    }

    /// The messages received so far, in the order they arrived.
    pub fn received(&self) -> Vec<Received> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.inbox.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|f| {
                let mut m: Received = serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap();
                m.body = m.body.replace("\r\n", "\n");
                m
            })
            .collect()
    }

    /// Waits (bounded) until `count` messages have arrived, and returns what arrived.
    pub async fn wait_for(&self, count: usize) -> Vec<Received> {
        for _ in 0..200 {
            if self.received().len() >= count {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        self.received()
    }
}
