//! The Academy's rules, pure: question kinds, grading with partial credit, whether a person
//! may submit another attempt, and whether an attempt passes.

use std::collections::BTreeSet;

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Exactly one option is right; all or nothing.
    Single,
    /// Several options are right; partial credit (right picks minus wrong picks, never below 0).
    Multiple,
    /// Option 0 is "true", option 1 is "false".
    TrueFalse,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "single" => Some(Kind::Single),
            "multiple" => Some(Kind::Multiple),
            "true_false" => Some(Kind::TrueFalse),
            _ => None,
        }
    }
}

/// A question as grading sees it: its kind, how many options, which are right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub kind: Kind,
    pub options: usize,
    pub correct: BTreeSet<usize>,
}

/// Points per question, so partial credit stays an integer.
pub const POINTS: u32 = 100;

/// The points one answer earns, out of `POINTS`; `None` when the answer is not one the
/// question accepts (an option out of range, or several picks where one is asked for).
pub fn grade_one(q: &Question, picked: &BTreeSet<usize>) -> Option<u32> {
    if picked.iter().any(|&p| p >= q.options) {
        return None;
    }
    match q.kind {
        Kind::Single | Kind::TrueFalse => {
            if picked.len() > 1 {
                return None;
            }
            Some(if !picked.is_empty() && *picked == q.correct { POINTS } else { 0 })
        }
        Kind::Multiple => {
            if q.correct.is_empty() {
                return Some(if picked.is_empty() { POINTS } else { 0 });
            }
            let right = picked.intersection(&q.correct).count() as i64;
            let wrong = picked.difference(&q.correct).count() as i64;
            let net = (right - wrong).max(0) as u32;
            Some(net * POINTS / q.correct.len() as u32)
        }
    }
}

/// The attempt's score in percent (rounded down), or `None` when an answer is malformed or
/// the answers do not match the questions one to one.
pub fn score(questions: &[Question], answers: &[BTreeSet<usize>]) -> Option<u32> {
    if questions.is_empty() || questions.len() != answers.len() {
        return None;
    }
    let mut total = 0;
    for (q, a) in questions.iter().zip(answers) {
        total += grade_one(q, a)?;
    }
    Some(total / questions.len() as u32)
}

pub fn passes(score: u32, pass_mark: u32) -> bool {
    score >= pass_mark
}

/// Why a person may not submit an attempt now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NotEnrolled,
    /// They passed already: a second submission is not taken.
    AlreadyPassed,
    /// The attempt they answered was submitted already (the form sent twice).
    AlreadySubmitted,
    NoAttemptsLeft,
}

impl Refusal {
    pub fn key(self) -> &'static str {
        match self {
            Refusal::NotEnrolled => "academy-error-not-enrolled",
            Refusal::AlreadyPassed => "academy-error-already-passed",
            Refusal::AlreadySubmitted => "academy-error-already-submitted",
            Refusal::NoAttemptsLeft => "academy-error-no-attempts-left",
        }
    }
}

/// Whether attempt number `number` (as printed on the form the person answered) may be
/// taken, given how many they submitted, whether one passed, and the course's limit (0: no
/// limit).
pub fn may_submit(
    enrolled: bool,
    submitted: u32,
    passed: bool,
    max_attempts: u32,
    number: u32,
) -> Result<(), Refusal> {
    if !enrolled {
        return Err(Refusal::NotEnrolled);
    }
    if passed {
        return Err(Refusal::AlreadyPassed);
    }
    if number <= submitted {
        return Err(Refusal::AlreadySubmitted);
    }
    if max_attempts > 0 && submitted >= max_attempts {
        return Err(Refusal::NoAttemptsLeft);
    }
    Ok(())
}

/// The lesson to continue with: the first not completed, in course order; `None` when every
/// lesson is completed (or there are none).
pub fn continue_with(lessons_in_order: &[(i64, bool)]) -> Option<i64> {
    lessons_in_order.iter().find(|(_, done)| !done).map(|(id, _)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(xs: &[usize]) -> BTreeSet<usize> {
        xs.iter().copied().collect()
    }
    fn q(kind: Kind, options: usize, correct: &[usize]) -> Question {
        Question { kind, options, correct: set(correct) }
    }

    #[test]
    fn kinds_parse_from_their_stored_names() {
        assert_eq!(Kind::parse("single"), Some(Kind::Single));
        assert_eq!(Kind::parse("multiple"), Some(Kind::Multiple));
        assert_eq!(Kind::parse("true_false"), Some(Kind::TrueFalse));
        assert_eq!(Kind::parse("essay"), None);
    }

    #[test]
    fn a_single_choice_is_all_or_nothing() {
        let single = q(Kind::Single, 3, &[1]);
        assert_eq!(grade_one(&single, &set(&[1])), Some(100));
        assert_eq!(grade_one(&single, &set(&[0])), Some(0));
        assert_eq!(grade_one(&single, &set(&[])), Some(0));
        assert_eq!(grade_one(&single, &set(&[0, 1])), None);
        assert_eq!(grade_one(&single, &set(&[3])), None);
        let tf = q(Kind::TrueFalse, 2, &[0]);
        assert_eq!(grade_one(&tf, &set(&[0])), Some(100));
        assert_eq!(grade_one(&tf, &set(&[1])), Some(0));
        assert_eq!(grade_one(&tf, &set(&[2])), None);
    }

    #[test]
    fn a_multiple_choice_gives_partial_credit_and_takes_it_back_for_wrong_picks() {
        let m = q(Kind::Multiple, 4, &[0, 2]);
        assert_eq!(grade_one(&m, &set(&[0, 2])), Some(100));
        assert_eq!(grade_one(&m, &set(&[0])), Some(50));
        assert_eq!(grade_one(&m, &set(&[0, 1])), Some(0));
        assert_eq!(grade_one(&m, &set(&[0, 1, 2])), Some(50));
        assert_eq!(grade_one(&m, &set(&[1, 3])), Some(0), "never below nothing");
        assert_eq!(grade_one(&m, &set(&[0, 1, 2, 3])), Some(0), "picking everything earns nothing");
        assert_eq!(grade_one(&m, &set(&[])), Some(0));
        assert_eq!(grade_one(&m, &set(&[4])), None);
        let three = q(Kind::Multiple, 3, &[0, 1, 2]);
        assert_eq!(grade_one(&three, &set(&[0])), Some(33));
        let none_right = q(Kind::Multiple, 2, &[]);
        assert_eq!(grade_one(&none_right, &set(&[])), Some(100));
        assert_eq!(grade_one(&none_right, &set(&[1])), Some(0));
    }

    #[test]
    fn a_score_is_the_mean_and_needs_one_answer_per_question() {
        let qs = [q(Kind::Single, 2, &[0]), q(Kind::Multiple, 4, &[0, 1])];
        assert_eq!(score(&qs, &[set(&[0]), set(&[0, 1])]), Some(100));
        assert_eq!(score(&qs, &[set(&[0]), set(&[0])]), Some(75));
        assert_eq!(score(&qs, &[set(&[1]), set(&[0])]), Some(25));
        assert_eq!(score(&qs, &[set(&[0])]), None);
        assert_eq!(score(&qs, &[set(&[0]), set(&[9])]), None);
        assert_eq!(score(&[], &[]), None);
        let three = [q(Kind::Single, 2, &[0]), q(Kind::Single, 2, &[0]), q(Kind::Single, 2, &[0])];
        assert_eq!(score(&three, &[set(&[0]), set(&[0]), set(&[1])]), Some(66));
    }

    #[test]
    fn the_pass_mark_itself_passes() {
        assert!(passes(70, 70));
        assert!(passes(71, 70));
        assert!(!passes(69, 70));
    }

    #[test]
    fn submissions_are_refused_once_passed_twice_sent_unenrolled_or_beyond_the_limit() {
        assert_eq!(may_submit(true, 0, false, 2, 1), Ok(()));
        assert_eq!(may_submit(true, 1, false, 2, 2), Ok(()));
        assert_eq!(may_submit(false, 0, false, 2, 1), Err(Refusal::NotEnrolled));
        assert_eq!(may_submit(true, 1, true, 2, 2), Err(Refusal::AlreadyPassed));
        assert_eq!(may_submit(true, 1, false, 2, 1), Err(Refusal::AlreadySubmitted));
        assert_eq!(may_submit(true, 2, false, 2, 3), Err(Refusal::NoAttemptsLeft));
        assert_eq!(may_submit(true, 5, false, 0, 6), Ok(()), "0 means no limit");
        for r in
            [Refusal::NotEnrolled, Refusal::AlreadyPassed, Refusal::AlreadySubmitted, Refusal::NoAttemptsLeft]
        {
            assert!(r.key().starts_with("academy-error-"));
        }
        assert_ne!(Refusal::NotEnrolled.key(), Refusal::NoAttemptsLeft.key());
        assert_ne!(Refusal::AlreadyPassed.key(), Refusal::AlreadySubmitted.key());
    }

    #[test]
    fn one_continues_with_the_first_lesson_not_completed() {
        assert_eq!(continue_with(&[(1, true), (2, false), (3, false)]), Some(2));
        assert_eq!(continue_with(&[(1, false)]), Some(1));
        assert_eq!(continue_with(&[(1, true)]), None);
        assert_eq!(continue_with(&[]), None);
    }
}
