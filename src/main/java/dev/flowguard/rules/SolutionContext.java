package dev.flowguard.rules;

import dev.flowguard.solution.Solution;

/** What a rule sees when it checks a solution's own files. */
public record SolutionContext(Solution solution, Redactor redactor) {
}
