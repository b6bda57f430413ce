import ReformPlan
// The responsibility table lands in its own commit.
