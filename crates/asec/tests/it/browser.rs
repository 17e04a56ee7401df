//! Browser journeys: written once the WebDriver harness exists.
