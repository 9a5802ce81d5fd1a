"""Running a routine: the session controller, its page, the countdown ring and the summary."""
