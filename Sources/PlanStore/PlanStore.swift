import ReformPlan
// The store lands in its own commit.
