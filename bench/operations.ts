/** The GraphQL operations the benchmark sends, written as the web client writes them. */

export const TYPENAME = `{ __typename }`;

export const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { token user { id role } } }`;

export const RANKINGS = `query Rankings($categoryId: ID, $first: Int) {
  supplierRankings(filter: { categoryId: $categoryId }, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { rank priorityScore esgScore grade status
      supplier { id name country }
      explanation { label points } } }
  } }`;

export const SUPPLIER_DETAIL = `query Supplier($id: ID!) {
  supplier(id: $id) {
    id name country status statusReasons nextAuditDue
    score { overall grade expired areas { area score source } explanation { label points } }
    scoreHistory(first: 10) { edges { node { overall grade cause computedAt } } }
    audits { id type status completedAt
      findings { id area severity status dueDate overdue correctiveAction { id status } } }
  } }`;

export const SAVE_ANSWERS = `mutation($id: ID!, $answers: [AnswerInput!]!) {
  saveAnswers(selfAssessmentId: $id, answers: $answers) { id version completion } }`;

export const SCHEDULE_AUDIT = `mutation($input: ScheduleAuditInput!) {
  scheduleAudit(input: $input) { id status } }`;

export const START_AUDIT = `mutation($id: ID!) { startAudit(id: $id) { id status startedAt } }`;

export const RECORD_RESULTS = `mutation($auditId: ID!, $results: [ItemResultInput!]!) {
  recordItemResults(auditId: $auditId, results: $results) { id } }`;

export const RECORD_FINDING = `mutation($auditId: ID!, $input: FindingInput!) {
  recordFinding(auditId: $auditId, input: $input) { id severity riskLevel dueDate } }`;

export const COMPLETE_AUDIT = `mutation($id: ID!) { completeAudit(id: $id) { id status completedAt
  findings { id severity dueDate } } }`;

/** The portfolio figure as the contract names it (API.md, "Recycled content"). */
export const RECYCLED_CONTENT_FIGURE = `query RecycledContentFigure($element: String!, $year: Int!) {
  recycledContent(element: $element, year: $year) {
    share preConsumerShare postConsumerShare verifiedShare coverage
    lines { label value basis supplier { id name } category { code } }
    targets { target { id source share dueDate } current gap projection onTrack }
  } }`;

/** The recycled-content dashboard's figure (src/web/pages/recycled/RecycledDashboardPage.tsx). */
export const RECYCLED_CONTENT = `query RecycledContent($element: Element!, $year: Int, $from: String, $to: String) {
  recycledContentShare(element: $element, year: $year, from: $from, to: $to) {
    element from to share verifiedShare declaredShare preConsumerShare postConsumerShare coverage
    purchasedKg elementKg recycledKg countedRecycledKg linesTotal
    monthly { month share coverage elementKg }
    lines { supplier { id name } category { id name } basis purchasedKg elementKg recycledKg
      countedRecycledKg }
  } }`;

export const RECYCLED_CONTENT_TARGETS = `query RecycledContentTargets($element: Element) {
  recycledContentTargets(element: $element) {
    target { id element source share dueDate note } current gap projection onTrack
  } }`;
