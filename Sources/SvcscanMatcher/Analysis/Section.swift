/// The part of a résumé a block belongs to, which decides how evidence in it is graded.
public enum Section: String, Sendable, CaseIterable {
    /// Before any recognised section heading (name, contact details; or a whole cover letter).
    case opening
    case summary
    case skills
    /// Work history and anything like it: projects, volunteering, leadership, achievements.
    case experience
    case education
    /// Interests, references and other sections that are not evidence.
    case other
}
