/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    role\n    mustChangePassword\n    supplier {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query OpenActions {\n    openActions {\n      kind\n      title\n      dueDate\n      overdue\n      link\n    }\n  }\n": typeof types.OpenActionsDocument,
    "\n  mutation RemoveUpload($id: ID!) {\n    removeDocument(id: $id)\n  }\n": typeof types.RemoveUploadDocument,
    "\n  query SupplierOverview($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      status\n      statusReasons\n      score {\n        overall\n        grade\n      }\n    }\n  }\n": typeof types.SupplierOverviewDocument,
    "\n  query ScheduleOptions {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n          sites {\n            id\n            name\n          }\n        }\n      }\n    }\n    checklists(status: PUBLISHED) {\n      id\n      name\n      version\n    }\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n": typeof types.ScheduleOptionsDocument,
    "\n  query AllAudits($after: String) {\n    audits(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          type\n          plannedDate\n          supplier {\n            id\n            name\n          }\n          leadAuditor {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AllAuditsDocument,
    "\n  mutation ScheduleAudit($input: ScheduleAuditInput!) {\n    scheduleAudit(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleAuditDocument,
    "\n  query AdminSupplierCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": typeof types.AdminSupplierCategoriesDocument,
    "\n  mutation CreateSupplier($input: CreateSupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateSupplierDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      role\n      createdAt\n      createdBy {\n        id\n        name\n      }\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $role: Role!, $expiresAt: DateTime) {\n    createApiToken(name: $name, role: $role, expiresAt: $expiresAt) {\n      id\n      secret\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query Checklist($id: ID!) {\n    checklist(id: $id) {\n      id\n      familyId\n      name\n      version\n      status\n      revision\n      publishedAt\n      retiredAt\n      items {\n        id\n        code\n        area\n        question\n        guidance\n        answerType\n        weight\n        zeroTolerance\n        evidenceRequired\n        order\n      }\n    }\n    checklists {\n      id\n      familyId\n      version\n      status\n    }\n  }\n": typeof types.ChecklistDocument,
    "\n  mutation PublishChecklist($id: ID!) {\n    publishChecklist(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishChecklistDocument,
    "\n  mutation ReviseChecklist($id: ID!) {\n    reviseChecklist(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.ReviseChecklistDocument,
    "\n  mutation AddChecklistItem(\n    $id: ID!\n    $revision: Int!\n    $input: ChecklistItemInput!\n    $position: Int\n  ) {\n    addChecklistItem(\n      checklistId: $id\n      expectedRevision: $revision\n      input: $input\n      position: $position\n    ) {\n      id\n      revision\n    }\n  }\n": typeof types.AddChecklistItemDocument,
    "\n  mutation UpdateChecklistItem($id: ID!, $revision: Int!, $input: ChecklistItemInput!) {\n    updateChecklistItem(id: $id, expectedRevision: $revision, input: $input) {\n      id\n      revision\n    }\n  }\n": typeof types.UpdateChecklistItemDocument,
    "\n  mutation RemoveChecklistItem($id: ID!, $revision: Int!) {\n    removeChecklistItem(id: $id, expectedRevision: $revision) {\n      id\n      revision\n    }\n  }\n": typeof types.RemoveChecklistItemDocument,
    "\n  mutation MoveChecklistItem($id: ID!, $revision: Int!, $position: Int!) {\n    moveChecklistItem(id: $id, expectedRevision: $revision, position: $position) {\n      id\n      revision\n    }\n  }\n": typeof types.MoveChecklistItemDocument,
    "\n  query Checklists {\n    checklists {\n      id\n      familyId\n      name\n      version\n      status\n      publishedAt\n      items {\n        id\n      }\n    }\n  }\n": typeof types.ChecklistsDocument,
    "\n  mutation CreateChecklist($input: CreateChecklistInput!) {\n    createChecklist(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateChecklistDocument,
    "\n  mutation ReviseChecklistFromList($id: ID!) {\n    reviseChecklist(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.ReviseChecklistFromListDocument,
    "\n  mutation ImportSuppliers($documentId: ID!, $dryRun: Boolean!) {\n    importSuppliers(documentId: $documentId, dryRun: $dryRun) {\n      rows\n      applied\n      inserted\n      updated\n      skipped\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportSuppliersDocument,
    "\n  mutation ImportUsers($documentId: ID!, $dryRun: Boolean!) {\n    importUsers(documentId: $documentId, dryRun: $dryRun) {\n      report {\n        rows\n        applied\n        inserted\n        updated\n        skipped\n        errors {\n          row\n          column\n          message\n        }\n      }\n      passwords {\n        email\n        oneTimePassword\n      }\n    }\n  }\n": typeof types.ImportUsersDocument,
    "\n  query NotificationOutbox($status: DeliveryStatus, $first: Int, $after: String) {\n    notificationOutbox(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          attempts\n          lastError\n          nextAttemptAt\n          sentAt\n          digestDay\n          subject\n          recipientEmail\n          notification {\n            id\n            kind\n            title\n            createdAt\n          }\n          recipient {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationOutboxDocument,
    "\n  mutation ResendNotification($id: ID!) {\n    resendNotification(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n  }\n": typeof types.ResendNotificationDocument,
    "\n  query Users($after: String) {\n    users(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          name\n          role\n          active\n          supplier {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query SupplierOptions {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SupplierOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ActivateUser($id: ID!) {\n    activateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.ActivateUserDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetUserPassword(userId: $userId)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      description\n      events\n      createdAt\n      disabledAt\n    }\n  }\n": typeof types.WebhooksDocument,
    "\n  mutation RegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n": typeof types.RegisterWebhookDocument,
    "\n  mutation DisableWebhook($id: ID!) {\n    disableWebhook(id: $id) {\n      id\n      disabledAt\n    }\n  }\n": typeof types.DisableWebhookDocument,
    "\n  query WebhookDeliveries(\n    $webhookId: ID!\n    $status: WebhookDeliveryStatus\n    $first: Int\n    $after: String\n  ) {\n    webhookDeliveries(webhookId: $webhookId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          event\n          eventKey\n          status\n          attempts\n          lastStatusCode\n          lastError\n          nextAttemptAt\n          sentAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  mutation StartAudit($id: ID!) {\n    startAudit(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.StartAuditDocument,
    "\n  mutation CompleteAudit($id: ID!) {\n    completeAudit(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteAuditDocument,
    "\n  mutation WithdrawFinding($id: ID!, $reason: String!, $expectedVersion: Int) {\n    withdrawFinding(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.WithdrawFindingDocument,
    "\n  mutation CancelAudit($id: ID!, $reason: String!) {\n    cancelAudit(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelAuditDocument,
    "\n  mutation ProposeCorrectiveAction($findingId: ID!, $input: CorrectiveActionInput!) {\n    proposeCorrectiveAction(findingId: $findingId, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeCorrectiveActionDocument,
    "\n  mutation MarkCorrectiveActionImplemented($id: ID!, $evidence: [EvidenceInput!]!) {\n    markCorrectiveActionImplemented(id: $id, evidence: $evidence) {\n      id\n      status\n    }\n  }\n": typeof types.MarkCorrectiveActionImplementedDocument,
    "\n  mutation ReviewCap($id: ID!, $accept: Boolean!, $comment: String) {\n    reviewCorrectiveAction(id: $id, accept: $accept, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewCapDocument,
    "\n  mutation VerifyCap($id: ID!, $effective: Boolean!, $comment: String) {\n    verifyCorrectiveAction(id: $id, effective: $effective, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.VerifyCapDocument,
    "\n  mutation RecordFinding($auditId: ID!, $input: FindingInput!) {\n    recordFinding(auditId: $auditId, input: $input) {\n      id\n      riskScore\n      riskLevel\n    }\n  }\n": typeof types.RecordFindingDocument,
    "\n  mutation EditFinding($id: ID!, $input: FindingInput!, $expectedVersion: Int) {\n    editFinding(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      riskScore\n      riskLevel\n    }\n  }\n": typeof types.EditFindingDocument,
    "\n  mutation RecordItemResults($auditId: ID!, $results: [ItemResultInput!]!) {\n    recordItemResults(auditId: $auditId, results: $results) {\n      id\n    }\n  }\n": typeof types.RecordItemResultsDocument,
    "\n  query Audit($id: ID!) {\n    audit(id: $id) {\n      id\n      status\n      type\n      plannedDate\n      startedAt\n      completedAt\n      cancelReason\n      auditFirm\n      supplier {\n        id\n        name\n      }\n      site {\n        name\n      }\n      leadAuditor {\n        id\n        name\n      }\n      checklist {\n        id\n        name\n        version\n        items {\n          id\n          code\n          area\n          question\n          zeroTolerance\n          order\n        }\n      }\n      results {\n        item {\n          id\n        }\n        result\n        note\n      }\n      findings {\n        id\n        area\n        item {\n          id\n          code\n        }\n        severity\n        likelihood\n        impact\n        riskScore\n        riskLevel\n        status\n        version\n        withdrawnAt\n        withdrawalReason\n        description\n        capDueDate\n        dueDate\n        overdue\n        repeat\n        evidence {\n          title\n          url\n          documentId\n          sha256\n          document {\n            id\n            filename\n            size\n            downloadUrl\n          }\n        }\n        correctiveAction {\n          id\n          status\n          rootCause\n          actions\n          owner\n          targetDate\n          implementationEvidence {\n            title\n            url\n            documentId\n            sha256\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n          history {\n            toStatus\n            comment\n            at\n            actor {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditDocument,
    "\n  query AuditQueue($filter: AuditFilter) {\n    audits(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          type\n          plannedDate\n          supplier {\n            id\n            name\n          }\n          leadAuditor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditQueueDocument,
    "\n  query CapsToReview {\n    findings(filter: { status: OPEN }, first: 100) {\n      edges {\n        node {\n          id\n          severity\n          riskLevel\n          audit {\n            id\n            leadAuditor {\n              id\n            }\n            supplier {\n              name\n            }\n          }\n          correctiveAction {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.CapsToReviewDocument,
    "\n  query OverdueFindings($after: String) {\n    findings(filter: { overdue: true }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          area\n          severity\n          riskScore\n          riskLevel\n          dueDate\n          audit {\n            id\n            supplier {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OverdueFindingsDocument,
    "\n  query DeclarationFormLists {\n    regulatoryLists {\n      code\n      name\n      appliesByDefault\n      currentVersion {\n        label\n      }\n      exemptions {\n        code\n        text\n        expired\n      }\n      applicability {\n        applies\n        category {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DeclarationFormListsDocument,
    "\n  query DeclarationFormCategories {\n    materialCategories {\n      id\n      name\n    }\n  }\n": typeof types.DeclarationFormCategoriesDocument,
    "\n  query DeclarationFormSuppliers {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DeclarationFormSuppliersDocument,
    "\n  mutation CreateMaterialDeclaration($input: MaterialDeclarationInput!) {\n    createMaterialDeclaration(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMaterialDeclarationDocument,
    "\n  mutation UpdateMaterialDeclaration(\n    $id: ID!\n    $input: DeclarationContentInput!\n    $expectedVersion: Int!\n  ) {\n    updateMaterialDeclaration(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateMaterialDeclarationDocument,
    "\n  query MaterialDeclaration($id: ID!) {\n    materialDeclaration(id: $id) {\n      id\n      version\n      status\n      declarationClass\n      partNumber\n      partName\n      declaredAt\n      validUntil\n      submittedAt\n      reviewedAt\n      rejectReason\n      supplier {\n        id\n        name\n      }\n      category {\n        id\n        name\n      }\n      statements {\n        list\n        listVersion\n        compliant\n        exemptions\n      }\n      materials {\n        name\n        massMg\n        exemptions\n        substances {\n          cas\n          name\n          ppm\n          massMg\n        }\n      }\n      compliance {\n        compliant\n        evaluatedAt\n        violations {\n          cas\n          substanceName\n          list\n          listVersion\n          measuredPercent\n          allowedPercent\n          material\n          message\n        }\n        unevaluated {\n          cas\n          list\n          listVersion\n          material\n          reason\n        }\n        targetSubstances {\n          cas\n          name\n          kind\n          material\n        }\n      }\n      violations {\n        casNumber\n        listName\n        listVersion\n        material\n        measuredPpm\n        limitPpm\n      }\n      evidence {\n        title\n        url\n        documentId\n        sha256\n        document {\n          id\n          filename\n          size\n          downloadUrl\n        }\n      }\n    }\n  }\n": typeof types.MaterialDeclarationDocument,
    "\n  mutation SubmitMaterialDeclaration($id: ID!, $expectedVersion: Int) {\n    submitMaterialDeclaration(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitMaterialDeclarationDocument,
    "\n  mutation ReviewMaterialDeclaration($id: ID!, $accept: Boolean!, $reason: String) {\n    reviewMaterialDeclaration(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewMaterialDeclarationDocument,
    "\n  query MaterialDeclarations($status: DeclarationStatus, $after: String) {\n    materialDeclarations(status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          partNumber\n          partName\n          validUntil\n          supplier {\n            id\n            name\n          }\n          category {\n            id\n            name\n          }\n          compliance {\n            compliant\n            violations {\n              message\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MaterialDeclarationsDocument,
    "\n  query DeclarationCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": typeof types.DeclarationCategoriesDocument,
    "\n  mutation ImportIpc1752a($supplierId: ID!, $categoryId: ID!, $documentId: ID!) {\n    importIpc1752a(supplierId: $supplierId, categoryId: $categoryId, documentId: $documentId) {\n      id\n    }\n  }\n": typeof types.ImportIpc1752aDocument,
    "\n  query Documents($first: Int, $after: String, $supplierId: ID) {\n    documents(first: $first, after: $after, supplierId: $supplierId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          filename\n          title\n          contentType\n          size\n          uploadedAt\n          downloadUrl\n          removable\n          uploadedBy {\n            id\n            name\n          }\n          attachments {\n            kind\n            subjectId\n            supplierId\n            attachedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.DocumentsDocument,
    "\n  query FindingAudit($id: ID!) {\n    finding(id: $id) {\n      id\n      audit {\n        id\n        supplier {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FindingAuditDocument,
    "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id)\n  }\n": typeof types.RemoveDocumentDocument,
    "\n  mutation UpdateRiskEntry($id: ID!, $input: UpdateRiskEntryInput!, $expectedVersion: Int!) {\n    updateRiskEntry(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateRiskEntryDocument,
    "\n  mutation AssessRiskEntry($id: ID!, $input: RiskAnalysisInput!) {\n    assessRiskEntry(id: $id, input: $input) {\n      id\n      priority\n      riskScore\n      riskLevel\n    }\n  }\n": typeof types.AssessRiskEntryDocument,
    "\n  mutation AddRiskControl($entryId: ID!, $input: RiskControlInput!) {\n    addRiskControl(entryId: $entryId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddRiskControlDocument,
    "\n  mutation UpdateRiskControl($id: ID!, $input: UpdateRiskControlInput!) {\n    updateRiskControl(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateRiskControlDocument,
    "\n  query RiskRegister($stage: ApplicationStage, $categoryId: ID, $due: Boolean, $after: String) {\n    riskRegister(\n      stage: $stage\n      categoryId: $categoryId\n      reassessmentDue: $due\n      first: 20\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          stage\n          location\n          likelihood\n          exposure\n          severity\n          riskScore\n          riskLevel\n          priority\n          lastAssessedAt\n          reassessmentDue\n          reassessmentReasons\n          substance {\n            id\n            name\n            cas\n          }\n          category {\n            id\n            code\n            name\n          }\n          supplier {\n            id\n            name\n          }\n          controls {\n            id\n            type\n            description\n            owner\n            dueDate\n            status\n            overdue\n          }\n        }\n      }\n    }\n    riskHeatMap(stage: $stage, categoryId: $categoryId, reassessmentDue: $due) {\n      likelihood\n      severity\n      riskScore\n      riskLevel\n      count\n    }\n    riskRegisterCoverage {\n      categoriesTotal\n      categoriesAssessed\n      share\n    }\n  }\n": typeof types.RiskRegisterDocument,
    "\n  query RiskRegisterOptions {\n    materialCategories {\n      id\n      code\n      name\n    }\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RiskRegisterOptionsDocument,
    "\n  query RiskSubstanceByCas($cas: String!) {\n    substance(cas: $cas) {\n      id\n      name\n    }\n  }\n": typeof types.RiskSubstanceByCasDocument,
    "\n  mutation CreateRiskEntry($input: CreateRiskEntryInput!) {\n    createRiskEntry(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRiskEntryDocument,
    "\n  query SubstitutionLines($status: SubstitutionStatus!, $categoryId: ID, $after: String) {\n    substitution(status: $status, categoryId: $categoryId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          declarationId\n          status\n          partNumber\n          partName\n          material\n          cas\n          substanceName\n          targetKind\n          ppm\n          validUntil\n          expired\n          category {\n            id\n            code\n            name\n          }\n          supplier {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SubstitutionLinesDocument,
    "\n  query SubstitutionCategories {\n    materialCategories {\n      id\n      name\n    }\n  }\n": typeof types.SubstitutionCategoriesDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          category\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailMode\n      categories {\n        category\n        email\n      }\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailMode\n      categories {\n        category\n        email\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  fragment AdjustmentRow on PriorityAdjustment {\n    id\n    delta\n    reason\n    active\n    createdAt\n    expiresAt\n    revokedAt\n    revokeReason\n    category {\n      id\n      name\n    }\n    createdBy {\n      name\n    }\n  }\n": typeof types.AdjustmentRowFragmentDoc,
    "\n  mutation AdjustPriority($input: PriorityAdjustmentInput!) {\n    adjustPriority(input: $input) {\n      id\n    }\n  }\n": typeof types.AdjustPriorityDocument,
    "\n  mutation RevokePriorityAdjustment($id: ID!, $reason: String!) {\n    revokePriorityAdjustment(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.RevokePriorityAdjustmentDocument,
    "\n  query RankingCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": typeof types.RankingCategoriesDocument,
    "\n  query Rankings($filter: RankingFilter, $first: Int, $after: String) {\n    supplierRankings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          rank\n          priorityScore\n          esgScore\n          grade\n          status\n          supplier {\n            id\n            name\n            country\n            statusReasons\n          }\n          adjustments {\n            id\n            delta\n          }\n          explanation {\n            label\n            points\n          }\n          targetSubstances {\n            substanceName\n            cas\n            kind\n            material\n            declarationId\n            partNumber\n            partName\n          }\n        }\n      }\n    }\n  }\n": typeof types.RankingsDocument,
    "\n  query Purchases($categoryId: ID, $from: String, $to: String, $after: String) {\n    purchases(categoryId: $categoryId, from: $from, to: $to, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          period\n          quantityKg\n          reference\n          voidedAt\n          voidReason\n          supplier {\n            id\n            name\n          }\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PurchasesDocument,
    "\n  query PurchaseCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": typeof types.PurchaseCategoriesDocument,
    "\n  mutation ImportPurchases($documentId: ID!, $dryRun: Boolean!) {\n    importPurchases(documentId: $documentId, dryRun: $dryRun) {\n      rows\n      applied\n      inserted\n      skipped\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportPurchasesDocument,
    "\n  mutation VoidPurchase($id: ID!, $reason: String!) {\n    voidPurchase(id: $id, reason: $reason) {\n      id\n      voidedAt\n      voidReason\n    }\n  }\n": typeof types.VoidPurchaseDocument,
    "\n  query RecycledDashboard($element: Element!, $year: Int) {\n    recycledContentShare(element: $element, year: $year) {\n      element\n      from\n      to\n      share\n      verifiedShare\n      declaredShare\n      preConsumerShare\n      postConsumerShare\n      coverage\n      purchasedKg\n      elementKg\n      recycledKg\n      countedRecycledKg\n      linesTotal\n      monthly {\n        month\n        share\n        coverage\n        elementKg\n      }\n      lines {\n        supplier {\n          id\n          name\n        }\n        category {\n          id\n          name\n        }\n        basis\n        purchasedKg\n        elementKg\n        recycledKg\n        countedRecycledKg\n      }\n    }\n    recycledContentTargets(element: $element) {\n      target {\n        id\n        source\n        share\n        dueDate\n        note\n      }\n      current\n      gap\n      projection\n      onTrack\n    }\n  }\n": typeof types.RecycledDashboardDocument,
    "\n  query RecycledContentDeclarations($element: Element, $after: String) {\n    recycledContentDeclarations(element: $element, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          element\n          validFrom\n          validTo\n          elementFraction\n          recycledFraction\n          preConsumerFraction\n          postConsumerFraction\n          method\n          declaredAt\n          verified\n          verifiedAt\n          verificationNote\n          supplier {\n            id\n            name\n          }\n          category {\n            id\n            name\n          }\n          evidence {\n            title\n            url\n            documentId\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecycledContentDeclarationsDocument,
    "\n  query RecycledDeclarationCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": typeof types.RecycledDeclarationCategoriesDocument,
    "\n  mutation DeclareRecycledContent($input: DeclareRecycledContentInput!) {\n    declareRecycledContent(input: $input) {\n      id\n    }\n  }\n": typeof types.DeclareRecycledContentDocument,
    "\n  mutation VerifyRecycledContent($id: ID!, $note: String) {\n    verifyRecycledContent(id: $id, note: $note) {\n      id\n      verified\n      verifiedAt\n      verificationNote\n    }\n  }\n": typeof types.VerifyRecycledContentDocument,
    "\n  query MySaqs($id: ID!) {\n    supplier(id: $id) {\n      id\n      selfAssessments {\n        id\n        status\n        completion\n        submittedAt\n        returnReason\n        checklist {\n          id\n          name\n          version\n        }\n      }\n    }\n    checklists(status: PUBLISHED) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.MySaqsDocument,
    "\n  mutation StartSelfAssessment($supplierId: ID!, $checklistId: ID!) {\n    startSelfAssessment(supplierId: $supplierId, checklistId: $checklistId) {\n      id\n    }\n  }\n": typeof types.StartSelfAssessmentDocument,
    "\n  query SelfAssessment($id: ID!) {\n    selfAssessment(id: $id) {\n      id\n      status\n      completion\n      version\n      returnReason\n      submittedAt\n      reviewedAt\n      supplier {\n        id\n        name\n      }\n      checklist {\n        id\n        name\n        version\n        items {\n          id\n          code\n          area\n          question\n          guidance\n          answerType\n          evidenceRequired\n          zeroTolerance\n          order\n        }\n      }\n      answers {\n        item {\n          id\n        }\n        choice\n        scale\n        number\n        text\n        comment\n        evidence {\n          title\n          url\n          documentId\n          sha256\n          document {\n            id\n            filename\n            size\n            downloadUrl\n          }\n        }\n      }\n      areaScores {\n        area\n        score\n      }\n    }\n  }\n": typeof types.SelfAssessmentDocument,
    "\n  mutation SaveAnswers($id: ID!, $v: Int, $answers: [AnswerInput!]!) {\n    saveAnswers(selfAssessmentId: $id, expectedVersion: $v, answers: $answers) {\n      id\n      version\n      completion\n      status\n    }\n  }\n": typeof types.SaveAnswersDocument,
    "\n  mutation SubmitSelfAssessment($id: ID!) {\n    submitSelfAssessment(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SubmitSelfAssessmentDocument,
    "\n  mutation ReturnSelfAssessment($id: ID!, $reason: String!) {\n    returnSelfAssessment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ReturnSelfAssessmentDocument,
    "\n  mutation ReviewSelfAssessment($id: ID!) {\n    reviewSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewSelfAssessmentDocument,
    "\n  query SaqsToReview {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n          selfAssessments {\n            id\n            status\n            submittedAt\n            checklist {\n              name\n              version\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SaqsToReviewDocument,
    "\n  fragment CertificatesPanel on Supplier {\n    id\n    certificates {\n      id\n      kind\n      type\n      issuer\n      number\n      validFrom\n      validUntil\n      expired\n      expiresSoon\n      verified\n      verifiedAt\n      verifiedBy {\n        name\n      }\n      verificationNote\n      addedAt\n      addedBy {\n        name\n      }\n      document {\n        id\n        filename\n        size\n        downloadUrl\n      }\n    }\n  }\n": typeof types.CertificatesPanelFragmentDoc,
    "\n  mutation AddCertificate($supplierId: ID!, $input: CertificateInput!) {\n    addCertificate(supplierId: $supplierId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddCertificateDocument,
    "\n  mutation VerifyCertificate($id: ID!, $note: String) {\n    verifyCertificate(id: $id, note: $note) {\n      id\n      verified\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  query Invitations($supplierId: ID!) {\n    invitations(supplierId: $supplierId) {\n      id\n      email\n      state\n      sentAt\n      expiresAt\n      acceptedAt\n      revokedAt\n      emailed\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteSupplierUser($supplierId: ID!, $email: String!) {\n    inviteSupplierUser(supplierId: $supplierId, email: $email) {\n      id\n      email\n      expiresAt\n      link\n    }\n  }\n": typeof types.InviteSupplierUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n      expiresAt\n      link\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query MyAudits($id: ID!) {\n    supplier(id: $id) {\n      id\n      audits {\n        id\n        status\n        type\n        plannedDate\n        completedAt\n        findings {\n          id\n          area\n          severity\n          riskLevel\n          riskScore\n          status\n          overdue\n          dueDate\n          capDueDate\n          correctiveAction {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyAuditsDocument,
    "\n  fragment ProfileForm on Supplier {\n    id\n    name\n    legalName\n    registrationNumber\n    country\n    contactEmail\n    version\n    sites {\n      id\n      name\n      country\n      address\n      latitude\n      longitude\n    }\n    materialCategories {\n      id\n      code\n      name\n    }\n    declaredSustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n    }\n  }\n": typeof types.ProfileFormFragmentDoc,
    "\n  query ProfileCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ProfileCategoriesDocument,
    "\n  mutation UpdateSupplier($id: ID!, $v: Int!, $input: UpdateSupplierInput!) {\n    updateSupplier(id: $id, expectedVersion: $v, input: $input) {\n      id\n      version\n      sites {\n        id\n        name\n        country\n        address\n        latitude\n        longitude\n      }\n    }\n  }\n": typeof types.UpdateSupplierDocument,
    "\n  query SupplierPage($id: ID!, $procurement: Boolean!) {\n    supplier(id: $id) {\n      id\n      name\n      legalName\n      registrationNumber\n      country\n      contactEmail\n      version\n      archived\n      status\n      statusReasons\n      nextAuditDue\n      materialCategories {\n        id\n        code\n        name\n      }\n      sites {\n        id\n        name\n        country\n        address\n      }\n      ...ProfileForm\n      ...SustainabilityPanel\n      ...CertificatesPanel\n      ...ThirdPartyPanel\n      score {\n        overall\n        grade\n        expired\n        computedAt\n        areas {\n          area\n          score\n          source\n        }\n        explanation {\n          label\n          points\n        }\n      }\n      scoreHistory(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            overall\n            grade\n            computedAt\n            cause\n          }\n        }\n      }\n      selfAssessments {\n        id\n        status\n        completion\n        submittedAt\n        checklist {\n          name\n          version\n        }\n      }\n      audits {\n        id\n        status\n        type\n        plannedDate\n        completedAt\n        findings {\n          id\n          area\n          severity\n          riskLevel\n          riskScore\n          status\n          overdue\n          dueDate\n          repeat\n          correctiveAction {\n            id\n            status\n          }\n        }\n      }\n      priorityAdjustments @include(if: $procurement) {\n        ...AdjustmentRow\n      }\n    }\n  }\n": typeof types.SupplierPageDocument,
    "\n  query Suppliers($filter: SupplierFilter, $first: Int, $after: String) {\n    suppliers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          country\n          status\n          nextAuditDue\n          archived\n          score {\n            grade\n            overall\n          }\n        }\n      }\n    }\n  }\n": typeof types.SuppliersDocument,
    "\n  fragment SustainabilityPanel on Supplier {\n    id\n    sustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n      basis {\n        attribute\n        basis\n      }\n    }\n    declaredSustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n    }\n    verifiedSustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n    }\n    sustainabilityVerified\n    sustainabilityVerifiedAt\n    sustainabilityVerifiedUntil\n    sustainabilityVerifications {\n      id\n      verifiedAt\n      validUntil\n      note\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n      evidence {\n        title\n        url\n        documentId\n        sha256\n        document {\n          id\n          filename\n          size\n          downloadUrl\n        }\n      }\n      verifiedBy {\n        name\n      }\n    }\n  }\n": typeof types.SustainabilityPanelFragmentDoc,
    "\n  mutation VerifySustainability(\n    $id: ID!\n    $input: SustainabilityInput!\n    $evidence: [EvidenceInput!]!\n    $note: String\n  ) {\n    verifySustainability(supplierId: $id, input: $input, evidence: $evidence, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.VerifySustainabilityDocument,
    "\n  fragment ThirdPartyPanel on Supplier {\n    id\n    thirdPartyAssessments {\n      id\n      scheme\n      schemeName\n      assessedAt\n      validUntil\n      expired\n      reference\n      assessor\n      importedAt\n      importedBy {\n        name\n      }\n      withdrawnAt\n      withdrawReason\n      withdrawnBy {\n        name\n      }\n      areaScores {\n        area\n        score\n        basis\n      }\n      reportDocument {\n        id\n        filename\n        size\n        downloadUrl\n      }\n    }\n  }\n": typeof types.ThirdPartyPanelFragmentDoc,
    "\n  mutation ImportThirdPartyAssessment($supplierId: ID!, $input: ThirdPartyAssessmentInput!) {\n    importThirdPartyAssessment(supplierId: $supplierId, input: $input) {\n      id\n    }\n  }\n": typeof types.ImportThirdPartyAssessmentDocument,
    "\n  mutation WithdrawThirdPartyAssessment($id: ID!, $reason: String!) {\n    withdrawThirdPartyAssessment(id: $id, reason: $reason) {\n      id\n      withdrawnAt\n    }\n  }\n": typeof types.WithdrawThirdPartyAssessmentDocument,
    "\n  query ProtectedAreaLists {\n    protectedAreaLists {\n      id\n      name\n      versions {\n        id\n        version\n        format\n        areaCount\n        sourceFilename\n        importedAt\n      }\n    }\n  }\n": typeof types.ProtectedAreaListsDocument,
    "\n  query ProtectedAreasPage($state: ProtectedAreaFlagState, $after: String) {\n    protectedAreaFlags(state: $state, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          target\n          targetName\n          distanceKm\n          latitude\n          longitude\n          flaggedAt\n          clearedAt\n          clearanceNote\n          clearedBy {\n            name\n          }\n          evidence {\n            title\n            url\n            documentId\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n          area {\n            name\n            designation\n            shape\n          }\n          list {\n            name\n          }\n          supplier {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProtectedAreasPageDocument,
    "\n  mutation ImportProtectedAreas($listName: String!, $documentId: ID!, $dryRun: Boolean!) {\n    importProtectedAreas(listName: $listName, documentId: $documentId, dryRun: $dryRun) {\n      rows\n      applied\n      inserted\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportProtectedAreasDocument,
    "\n  mutation ClearProtectedAreaFlag($id: ID!, $note: String!, $evidence: [EvidenceInput!]!) {\n    clearProtectedAreaFlag(id: $id, note: $note, evidence: $evidence) {\n      id\n      state\n    }\n  }\n": typeof types.ClearProtectedAreaFlagDocument,
    "\n  query ScreeningLists {\n    screeningLists {\n      kind\n      currentVersion {\n        id\n        number\n      }\n      versions {\n        id\n        number\n        entryCount\n        importedAt\n        sourceFilename\n        importedBy {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ScreeningListsDocument,
    "\n  query ScreeningHitsPage($state: ScreeningHitState, $after: String) {\n    screeningHits(state: $state, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          kind\n          field\n          matchedValue\n          nodeName\n          explanation\n          foundAt\n          node {\n            id\n            mapId\n            categoryId\n          }\n          supplier {\n            id\n            name\n          }\n          listVersion {\n            number\n          }\n          rebuttals {\n            id\n            state\n            reason\n            expiresAt\n            recordedAt\n            recordedBy {\n              id\n              name\n            }\n            decidedAt\n            decidedBy {\n              name\n            }\n            decisionNote\n            evidence {\n              title\n              url\n              documentId\n              document {\n                id\n                filename\n                size\n                downloadUrl\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScreeningHitsPageDocument,
    "\n  mutation ImportScreeningList($kind: ScreeningListKind!, $documentId: ID!, $dryRun: Boolean!) {\n    importScreeningList(kind: $kind, documentId: $documentId, dryRun: $dryRun) {\n      hitsFound\n      hitsKept\n      hitsCleared\n      version {\n        number\n      }\n      report {\n        rows\n        applied\n        errors {\n          row\n          column\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportScreeningListDocument,
    "\n  mutation RecordScreeningRebuttal($input: ScreeningRebuttalInput!) {\n    recordScreeningRebuttal(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.RecordScreeningRebuttalDocument,
    "\n  mutation ApproveScreeningRebuttal($id: ID!, $note: String) {\n    approveScreeningRebuttal(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n": typeof types.ApproveScreeningRebuttalDocument,
    "\n  mutation RejectScreeningRebuttal($id: ID!, $reason: String!) {\n    rejectScreeningRebuttal(id: $id, reason: $reason) {\n      id\n      state\n    }\n  }\n": typeof types.RejectScreeningRebuttalDocument,
    "\n  query SupplyChainCardTierSets {\n    supplyChainTierSets {\n      id\n      name\n      categories {\n        categoryId\n      }\n    }\n  }\n": typeof types.SupplyChainCardTierSetsDocument,
    "\n  query SupplyChainCardMaps($supplierId: ID!) {\n    supplier(id: $supplierId) {\n      id\n      supplyChainMaps {\n        id\n        category {\n          id\n        }\n        traceability {\n          level\n          coverage\n        }\n      }\n    }\n  }\n": typeof types.SupplyChainCardMapsDocument,
    "\n  query SupplyChainMapPage($supplierId: ID!, $categoryId: ID!) {\n    supplier(id: $supplierId) {\n      id\n      name\n      archived\n      materialCategories {\n        id\n        code\n        name\n      }\n      supplyChain(categoryId: $categoryId) {\n        id\n        version\n        updatedAt\n        coverage\n        category {\n          id\n          name\n        }\n        traceability {\n          level\n          declaredLevel\n          basis\n          coverage\n          explanation\n          originTier\n          pathCount\n          originPathCount\n          verifiedPathCount\n        }\n        tierSet {\n          id\n          name\n          tiers {\n            id\n            code\n            name\n            position\n          }\n        }\n        nodes {\n          id\n          name\n          isRoot\n          tierId\n          tier {\n            id\n            name\n            position\n          }\n          country\n          region\n          address\n          latitude\n          longitude\n        }\n        links {\n          id\n          upstreamNodeId\n          downstreamNodeId\n          custody\n          state\n          verifiedAt\n          verifiedBy {\n            name\n          }\n          verificationNote\n          evidence {\n            documentId\n            kind\n            reference\n            sha256\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupplyChainMapPageDocument,
    "\n  query SupplyChainMapHits($supplierId: ID!) {\n    screeningHits(supplierId: $supplierId, state: OPEN, first: 100) {\n      edges {\n        node {\n          id\n          state\n          kind\n          explanation\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupplyChainMapHitsDocument,
    "\n  query SupplyChainMapFlags($supplierId: ID!) {\n    protectedAreaFlags(supplierId: $supplierId, state: OPEN, first: 100) {\n      edges {\n        node {\n          id\n          state\n          nodeId\n          distanceKm\n          area {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupplyChainMapFlagsDocument,
    "\n  mutation CreateSupplyChainMap($supplierId: ID!, $categoryId: ID!) {\n    createSupplyChainMap(supplierId: $supplierId, categoryId: $categoryId) {\n      id\n      version\n    }\n  }\n": typeof types.CreateSupplyChainMapDocument,
    "\n  mutation AddSupplyChainNode($mapId: ID!, $expectedVersion: Int!, $input: SupplyChainNodeInput!) {\n    addSupplyChainNode(mapId: $mapId, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddSupplyChainNodeDocument,
    "\n  mutation UpdateSupplyChainNode($id: ID!, $expectedVersion: Int!, $input: SupplyChainNodeInput!) {\n    updateSupplyChainNode(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateSupplyChainNodeDocument,
    "\n  mutation RemoveSupplyChainNode($id: ID!, $expectedVersion: Int!) {\n    removeSupplyChainNode(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.RemoveSupplyChainNodeDocument,
    "\n  mutation AddSupplyChainLink($mapId: ID!, $expectedVersion: Int!, $input: SupplyChainLinkInput!) {\n    addSupplyChainLink(mapId: $mapId, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddSupplyChainLinkDocument,
    "\n  mutation UpdateSupplyChainLink(\n    $id: ID!\n    $expectedVersion: Int!\n    $input: SupplyChainLinkUpdateInput!\n  ) {\n    updateSupplyChainLink(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateSupplyChainLinkDocument,
    "\n  mutation RemoveSupplyChainLink($id: ID!, $expectedVersion: Int!) {\n    removeSupplyChainLink(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.RemoveSupplyChainLinkDocument,
    "\n  mutation VerifySupplyChainLink(\n    $id: ID!\n    $expectedVersion: Int!\n    $evidence: [LinkEvidenceInput!]!\n    $note: String\n  ) {\n    verifySupplyChainLink(\n      id: $id\n      expectedVersion: $expectedVersion\n      evidence: $evidence\n      note: $note\n    ) {\n      id\n      version\n    }\n  }\n": typeof types.VerifySupplyChainLinkDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    role\n    mustChangePassword\n    supplier {\n      id\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query OpenActions {\n    openActions {\n      kind\n      title\n      dueDate\n      overdue\n      link\n    }\n  }\n": types.OpenActionsDocument,
    "\n  mutation RemoveUpload($id: ID!) {\n    removeDocument(id: $id)\n  }\n": types.RemoveUploadDocument,
    "\n  query SupplierOverview($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      status\n      statusReasons\n      score {\n        overall\n        grade\n      }\n    }\n  }\n": types.SupplierOverviewDocument,
    "\n  query ScheduleOptions {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n          sites {\n            id\n            name\n          }\n        }\n      }\n    }\n    checklists(status: PUBLISHED) {\n      id\n      name\n      version\n    }\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n": types.ScheduleOptionsDocument,
    "\n  query AllAudits($after: String) {\n    audits(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          type\n          plannedDate\n          supplier {\n            id\n            name\n          }\n          leadAuditor {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AllAuditsDocument,
    "\n  mutation ScheduleAudit($input: ScheduleAuditInput!) {\n    scheduleAudit(input: $input) {\n      id\n    }\n  }\n": types.ScheduleAuditDocument,
    "\n  query AdminSupplierCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": types.AdminSupplierCategoriesDocument,
    "\n  mutation CreateSupplier($input: CreateSupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateSupplierDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      role\n      createdAt\n      createdBy {\n        id\n        name\n      }\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $role: Role!, $expiresAt: DateTime) {\n    createApiToken(name: $name, role: $role, expiresAt: $expiresAt) {\n      id\n      secret\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  query Checklist($id: ID!) {\n    checklist(id: $id) {\n      id\n      familyId\n      name\n      version\n      status\n      revision\n      publishedAt\n      retiredAt\n      items {\n        id\n        code\n        area\n        question\n        guidance\n        answerType\n        weight\n        zeroTolerance\n        evidenceRequired\n        order\n      }\n    }\n    checklists {\n      id\n      familyId\n      version\n      status\n    }\n  }\n": types.ChecklistDocument,
    "\n  mutation PublishChecklist($id: ID!) {\n    publishChecklist(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishChecklistDocument,
    "\n  mutation ReviseChecklist($id: ID!) {\n    reviseChecklist(id: $id) {\n      id\n      version\n    }\n  }\n": types.ReviseChecklistDocument,
    "\n  mutation AddChecklistItem(\n    $id: ID!\n    $revision: Int!\n    $input: ChecklistItemInput!\n    $position: Int\n  ) {\n    addChecklistItem(\n      checklistId: $id\n      expectedRevision: $revision\n      input: $input\n      position: $position\n    ) {\n      id\n      revision\n    }\n  }\n": types.AddChecklistItemDocument,
    "\n  mutation UpdateChecklistItem($id: ID!, $revision: Int!, $input: ChecklistItemInput!) {\n    updateChecklistItem(id: $id, expectedRevision: $revision, input: $input) {\n      id\n      revision\n    }\n  }\n": types.UpdateChecklistItemDocument,
    "\n  mutation RemoveChecklistItem($id: ID!, $revision: Int!) {\n    removeChecklistItem(id: $id, expectedRevision: $revision) {\n      id\n      revision\n    }\n  }\n": types.RemoveChecklistItemDocument,
    "\n  mutation MoveChecklistItem($id: ID!, $revision: Int!, $position: Int!) {\n    moveChecklistItem(id: $id, expectedRevision: $revision, position: $position) {\n      id\n      revision\n    }\n  }\n": types.MoveChecklistItemDocument,
    "\n  query Checklists {\n    checklists {\n      id\n      familyId\n      name\n      version\n      status\n      publishedAt\n      items {\n        id\n      }\n    }\n  }\n": types.ChecklistsDocument,
    "\n  mutation CreateChecklist($input: CreateChecklistInput!) {\n    createChecklist(input: $input) {\n      id\n    }\n  }\n": types.CreateChecklistDocument,
    "\n  mutation ReviseChecklistFromList($id: ID!) {\n    reviseChecklist(id: $id) {\n      id\n      version\n    }\n  }\n": types.ReviseChecklistFromListDocument,
    "\n  mutation ImportSuppliers($documentId: ID!, $dryRun: Boolean!) {\n    importSuppliers(documentId: $documentId, dryRun: $dryRun) {\n      rows\n      applied\n      inserted\n      updated\n      skipped\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportSuppliersDocument,
    "\n  mutation ImportUsers($documentId: ID!, $dryRun: Boolean!) {\n    importUsers(documentId: $documentId, dryRun: $dryRun) {\n      report {\n        rows\n        applied\n        inserted\n        updated\n        skipped\n        errors {\n          row\n          column\n          message\n        }\n      }\n      passwords {\n        email\n        oneTimePassword\n      }\n    }\n  }\n": types.ImportUsersDocument,
    "\n  query NotificationOutbox($status: DeliveryStatus, $first: Int, $after: String) {\n    notificationOutbox(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          attempts\n          lastError\n          nextAttemptAt\n          sentAt\n          digestDay\n          subject\n          recipientEmail\n          notification {\n            id\n            kind\n            title\n            createdAt\n          }\n          recipient {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.NotificationOutboxDocument,
    "\n  mutation ResendNotification($id: ID!) {\n    resendNotification(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n  }\n": types.ResendNotificationDocument,
    "\n  query Users($after: String) {\n    users(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          name\n          role\n          active\n          supplier {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query SupplierOptions {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SupplierOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ActivateUser($id: ID!) {\n    activateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.ActivateUserDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetUserPassword(userId: $userId)\n  }\n": types.ResetPasswordDocument,
    "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      description\n      events\n      createdAt\n      disabledAt\n    }\n  }\n": types.WebhooksDocument,
    "\n  mutation RegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n": types.RegisterWebhookDocument,
    "\n  mutation DisableWebhook($id: ID!) {\n    disableWebhook(id: $id) {\n      id\n      disabledAt\n    }\n  }\n": types.DisableWebhookDocument,
    "\n  query WebhookDeliveries(\n    $webhookId: ID!\n    $status: WebhookDeliveryStatus\n    $first: Int\n    $after: String\n  ) {\n    webhookDeliveries(webhookId: $webhookId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          event\n          eventKey\n          status\n          attempts\n          lastStatusCode\n          lastError\n          nextAttemptAt\n          sentAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  mutation StartAudit($id: ID!) {\n    startAudit(id: $id) {\n      id\n      status\n    }\n  }\n": types.StartAuditDocument,
    "\n  mutation CompleteAudit($id: ID!) {\n    completeAudit(id: $id) {\n      id\n      status\n    }\n  }\n": types.CompleteAuditDocument,
    "\n  mutation WithdrawFinding($id: ID!, $reason: String!, $expectedVersion: Int) {\n    withdrawFinding(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n": types.WithdrawFindingDocument,
    "\n  mutation CancelAudit($id: ID!, $reason: String!) {\n    cancelAudit(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelAuditDocument,
    "\n  mutation ProposeCorrectiveAction($findingId: ID!, $input: CorrectiveActionInput!) {\n    proposeCorrectiveAction(findingId: $findingId, input: $input) {\n      id\n      status\n    }\n  }\n": types.ProposeCorrectiveActionDocument,
    "\n  mutation MarkCorrectiveActionImplemented($id: ID!, $evidence: [EvidenceInput!]!) {\n    markCorrectiveActionImplemented(id: $id, evidence: $evidence) {\n      id\n      status\n    }\n  }\n": types.MarkCorrectiveActionImplementedDocument,
    "\n  mutation ReviewCap($id: ID!, $accept: Boolean!, $comment: String) {\n    reviewCorrectiveAction(id: $id, accept: $accept, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.ReviewCapDocument,
    "\n  mutation VerifyCap($id: ID!, $effective: Boolean!, $comment: String) {\n    verifyCorrectiveAction(id: $id, effective: $effective, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.VerifyCapDocument,
    "\n  mutation RecordFinding($auditId: ID!, $input: FindingInput!) {\n    recordFinding(auditId: $auditId, input: $input) {\n      id\n      riskScore\n      riskLevel\n    }\n  }\n": types.RecordFindingDocument,
    "\n  mutation EditFinding($id: ID!, $input: FindingInput!, $expectedVersion: Int) {\n    editFinding(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      riskScore\n      riskLevel\n    }\n  }\n": types.EditFindingDocument,
    "\n  mutation RecordItemResults($auditId: ID!, $results: [ItemResultInput!]!) {\n    recordItemResults(auditId: $auditId, results: $results) {\n      id\n    }\n  }\n": types.RecordItemResultsDocument,
    "\n  query Audit($id: ID!) {\n    audit(id: $id) {\n      id\n      status\n      type\n      plannedDate\n      startedAt\n      completedAt\n      cancelReason\n      auditFirm\n      supplier {\n        id\n        name\n      }\n      site {\n        name\n      }\n      leadAuditor {\n        id\n        name\n      }\n      checklist {\n        id\n        name\n        version\n        items {\n          id\n          code\n          area\n          question\n          zeroTolerance\n          order\n        }\n      }\n      results {\n        item {\n          id\n        }\n        result\n        note\n      }\n      findings {\n        id\n        area\n        item {\n          id\n          code\n        }\n        severity\n        likelihood\n        impact\n        riskScore\n        riskLevel\n        status\n        version\n        withdrawnAt\n        withdrawalReason\n        description\n        capDueDate\n        dueDate\n        overdue\n        repeat\n        evidence {\n          title\n          url\n          documentId\n          sha256\n          document {\n            id\n            filename\n            size\n            downloadUrl\n          }\n        }\n        correctiveAction {\n          id\n          status\n          rootCause\n          actions\n          owner\n          targetDate\n          implementationEvidence {\n            title\n            url\n            documentId\n            sha256\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n          history {\n            toStatus\n            comment\n            at\n            actor {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AuditDocument,
    "\n  query AuditQueue($filter: AuditFilter) {\n    audits(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          type\n          plannedDate\n          supplier {\n            id\n            name\n          }\n          leadAuditor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AuditQueueDocument,
    "\n  query CapsToReview {\n    findings(filter: { status: OPEN }, first: 100) {\n      edges {\n        node {\n          id\n          severity\n          riskLevel\n          audit {\n            id\n            leadAuditor {\n              id\n            }\n            supplier {\n              name\n            }\n          }\n          correctiveAction {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.CapsToReviewDocument,
    "\n  query OverdueFindings($after: String) {\n    findings(filter: { overdue: true }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          area\n          severity\n          riskScore\n          riskLevel\n          dueDate\n          audit {\n            id\n            supplier {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OverdueFindingsDocument,
    "\n  query DeclarationFormLists {\n    regulatoryLists {\n      code\n      name\n      appliesByDefault\n      currentVersion {\n        label\n      }\n      exemptions {\n        code\n        text\n        expired\n      }\n      applicability {\n        applies\n        category {\n          id\n        }\n      }\n    }\n  }\n": types.DeclarationFormListsDocument,
    "\n  query DeclarationFormCategories {\n    materialCategories {\n      id\n      name\n    }\n  }\n": types.DeclarationFormCategoriesDocument,
    "\n  query DeclarationFormSuppliers {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DeclarationFormSuppliersDocument,
    "\n  mutation CreateMaterialDeclaration($input: MaterialDeclarationInput!) {\n    createMaterialDeclaration(input: $input) {\n      id\n    }\n  }\n": types.CreateMaterialDeclarationDocument,
    "\n  mutation UpdateMaterialDeclaration(\n    $id: ID!\n    $input: DeclarationContentInput!\n    $expectedVersion: Int!\n  ) {\n    updateMaterialDeclaration(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.UpdateMaterialDeclarationDocument,
    "\n  query MaterialDeclaration($id: ID!) {\n    materialDeclaration(id: $id) {\n      id\n      version\n      status\n      declarationClass\n      partNumber\n      partName\n      declaredAt\n      validUntil\n      submittedAt\n      reviewedAt\n      rejectReason\n      supplier {\n        id\n        name\n      }\n      category {\n        id\n        name\n      }\n      statements {\n        list\n        listVersion\n        compliant\n        exemptions\n      }\n      materials {\n        name\n        massMg\n        exemptions\n        substances {\n          cas\n          name\n          ppm\n          massMg\n        }\n      }\n      compliance {\n        compliant\n        evaluatedAt\n        violations {\n          cas\n          substanceName\n          list\n          listVersion\n          measuredPercent\n          allowedPercent\n          material\n          message\n        }\n        unevaluated {\n          cas\n          list\n          listVersion\n          material\n          reason\n        }\n        targetSubstances {\n          cas\n          name\n          kind\n          material\n        }\n      }\n      violations {\n        casNumber\n        listName\n        listVersion\n        material\n        measuredPpm\n        limitPpm\n      }\n      evidence {\n        title\n        url\n        documentId\n        sha256\n        document {\n          id\n          filename\n          size\n          downloadUrl\n        }\n      }\n    }\n  }\n": types.MaterialDeclarationDocument,
    "\n  mutation SubmitMaterialDeclaration($id: ID!, $expectedVersion: Int) {\n    submitMaterialDeclaration(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": types.SubmitMaterialDeclarationDocument,
    "\n  mutation ReviewMaterialDeclaration($id: ID!, $accept: Boolean!, $reason: String) {\n    reviewMaterialDeclaration(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ReviewMaterialDeclarationDocument,
    "\n  query MaterialDeclarations($status: DeclarationStatus, $after: String) {\n    materialDeclarations(status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          partNumber\n          partName\n          validUntil\n          supplier {\n            id\n            name\n          }\n          category {\n            id\n            name\n          }\n          compliance {\n            compliant\n            violations {\n              message\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MaterialDeclarationsDocument,
    "\n  query DeclarationCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": types.DeclarationCategoriesDocument,
    "\n  mutation ImportIpc1752a($supplierId: ID!, $categoryId: ID!, $documentId: ID!) {\n    importIpc1752a(supplierId: $supplierId, categoryId: $categoryId, documentId: $documentId) {\n      id\n    }\n  }\n": types.ImportIpc1752aDocument,
    "\n  query Documents($first: Int, $after: String, $supplierId: ID) {\n    documents(first: $first, after: $after, supplierId: $supplierId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          filename\n          title\n          contentType\n          size\n          uploadedAt\n          downloadUrl\n          removable\n          uploadedBy {\n            id\n            name\n          }\n          attachments {\n            kind\n            subjectId\n            supplierId\n            attachedAt\n          }\n        }\n      }\n    }\n  }\n": types.DocumentsDocument,
    "\n  query FindingAudit($id: ID!) {\n    finding(id: $id) {\n      id\n      audit {\n        id\n        supplier {\n          name\n        }\n      }\n    }\n  }\n": types.FindingAuditDocument,
    "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id)\n  }\n": types.RemoveDocumentDocument,
    "\n  mutation UpdateRiskEntry($id: ID!, $input: UpdateRiskEntryInput!, $expectedVersion: Int!) {\n    updateRiskEntry(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.UpdateRiskEntryDocument,
    "\n  mutation AssessRiskEntry($id: ID!, $input: RiskAnalysisInput!) {\n    assessRiskEntry(id: $id, input: $input) {\n      id\n      priority\n      riskScore\n      riskLevel\n    }\n  }\n": types.AssessRiskEntryDocument,
    "\n  mutation AddRiskControl($entryId: ID!, $input: RiskControlInput!) {\n    addRiskControl(entryId: $entryId, input: $input) {\n      id\n    }\n  }\n": types.AddRiskControlDocument,
    "\n  mutation UpdateRiskControl($id: ID!, $input: UpdateRiskControlInput!) {\n    updateRiskControl(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateRiskControlDocument,
    "\n  query RiskRegister($stage: ApplicationStage, $categoryId: ID, $due: Boolean, $after: String) {\n    riskRegister(\n      stage: $stage\n      categoryId: $categoryId\n      reassessmentDue: $due\n      first: 20\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          stage\n          location\n          likelihood\n          exposure\n          severity\n          riskScore\n          riskLevel\n          priority\n          lastAssessedAt\n          reassessmentDue\n          reassessmentReasons\n          substance {\n            id\n            name\n            cas\n          }\n          category {\n            id\n            code\n            name\n          }\n          supplier {\n            id\n            name\n          }\n          controls {\n            id\n            type\n            description\n            owner\n            dueDate\n            status\n            overdue\n          }\n        }\n      }\n    }\n    riskHeatMap(stage: $stage, categoryId: $categoryId, reassessmentDue: $due) {\n      likelihood\n      severity\n      riskScore\n      riskLevel\n      count\n    }\n    riskRegisterCoverage {\n      categoriesTotal\n      categoriesAssessed\n      share\n    }\n  }\n": types.RiskRegisterDocument,
    "\n  query RiskRegisterOptions {\n    materialCategories {\n      id\n      code\n      name\n    }\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RiskRegisterOptionsDocument,
    "\n  query RiskSubstanceByCas($cas: String!) {\n    substance(cas: $cas) {\n      id\n      name\n    }\n  }\n": types.RiskSubstanceByCasDocument,
    "\n  mutation CreateRiskEntry($input: CreateRiskEntryInput!) {\n    createRiskEntry(input: $input) {\n      id\n    }\n  }\n": types.CreateRiskEntryDocument,
    "\n  query SubstitutionLines($status: SubstitutionStatus!, $categoryId: ID, $after: String) {\n    substitution(status: $status, categoryId: $categoryId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          declarationId\n          status\n          partNumber\n          partName\n          material\n          cas\n          substanceName\n          targetKind\n          ppm\n          validUntil\n          expired\n          category {\n            id\n            code\n            name\n          }\n          supplier {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SubstitutionLinesDocument,
    "\n  query SubstitutionCategories {\n    materialCategories {\n      id\n      name\n    }\n  }\n": types.SubstitutionCategoriesDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          category\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailMode\n      categories {\n        category\n        email\n      }\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailMode\n      categories {\n        category\n        email\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  fragment AdjustmentRow on PriorityAdjustment {\n    id\n    delta\n    reason\n    active\n    createdAt\n    expiresAt\n    revokedAt\n    revokeReason\n    category {\n      id\n      name\n    }\n    createdBy {\n      name\n    }\n  }\n": types.AdjustmentRowFragmentDoc,
    "\n  mutation AdjustPriority($input: PriorityAdjustmentInput!) {\n    adjustPriority(input: $input) {\n      id\n    }\n  }\n": types.AdjustPriorityDocument,
    "\n  mutation RevokePriorityAdjustment($id: ID!, $reason: String!) {\n    revokePriorityAdjustment(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.RevokePriorityAdjustmentDocument,
    "\n  query RankingCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": types.RankingCategoriesDocument,
    "\n  query Rankings($filter: RankingFilter, $first: Int, $after: String) {\n    supplierRankings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          rank\n          priorityScore\n          esgScore\n          grade\n          status\n          supplier {\n            id\n            name\n            country\n            statusReasons\n          }\n          adjustments {\n            id\n            delta\n          }\n          explanation {\n            label\n            points\n          }\n          targetSubstances {\n            substanceName\n            cas\n            kind\n            material\n            declarationId\n            partNumber\n            partName\n          }\n        }\n      }\n    }\n  }\n": types.RankingsDocument,
    "\n  query Purchases($categoryId: ID, $from: String, $to: String, $after: String) {\n    purchases(categoryId: $categoryId, from: $from, to: $to, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          period\n          quantityKg\n          reference\n          voidedAt\n          voidReason\n          supplier {\n            id\n            name\n          }\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PurchasesDocument,
    "\n  query PurchaseCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": types.PurchaseCategoriesDocument,
    "\n  mutation ImportPurchases($documentId: ID!, $dryRun: Boolean!) {\n    importPurchases(documentId: $documentId, dryRun: $dryRun) {\n      rows\n      applied\n      inserted\n      skipped\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportPurchasesDocument,
    "\n  mutation VoidPurchase($id: ID!, $reason: String!) {\n    voidPurchase(id: $id, reason: $reason) {\n      id\n      voidedAt\n      voidReason\n    }\n  }\n": types.VoidPurchaseDocument,
    "\n  query RecycledDashboard($element: Element!, $year: Int) {\n    recycledContentShare(element: $element, year: $year) {\n      element\n      from\n      to\n      share\n      verifiedShare\n      declaredShare\n      preConsumerShare\n      postConsumerShare\n      coverage\n      purchasedKg\n      elementKg\n      recycledKg\n      countedRecycledKg\n      linesTotal\n      monthly {\n        month\n        share\n        coverage\n        elementKg\n      }\n      lines {\n        supplier {\n          id\n          name\n        }\n        category {\n          id\n          name\n        }\n        basis\n        purchasedKg\n        elementKg\n        recycledKg\n        countedRecycledKg\n      }\n    }\n    recycledContentTargets(element: $element) {\n      target {\n        id\n        source\n        share\n        dueDate\n        note\n      }\n      current\n      gap\n      projection\n      onTrack\n    }\n  }\n": types.RecycledDashboardDocument,
    "\n  query RecycledContentDeclarations($element: Element, $after: String) {\n    recycledContentDeclarations(element: $element, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          element\n          validFrom\n          validTo\n          elementFraction\n          recycledFraction\n          preConsumerFraction\n          postConsumerFraction\n          method\n          declaredAt\n          verified\n          verifiedAt\n          verificationNote\n          supplier {\n            id\n            name\n          }\n          category {\n            id\n            name\n          }\n          evidence {\n            title\n            url\n            documentId\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RecycledContentDeclarationsDocument,
    "\n  query RecycledDeclarationCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": types.RecycledDeclarationCategoriesDocument,
    "\n  mutation DeclareRecycledContent($input: DeclareRecycledContentInput!) {\n    declareRecycledContent(input: $input) {\n      id\n    }\n  }\n": types.DeclareRecycledContentDocument,
    "\n  mutation VerifyRecycledContent($id: ID!, $note: String) {\n    verifyRecycledContent(id: $id, note: $note) {\n      id\n      verified\n      verifiedAt\n      verificationNote\n    }\n  }\n": types.VerifyRecycledContentDocument,
    "\n  query MySaqs($id: ID!) {\n    supplier(id: $id) {\n      id\n      selfAssessments {\n        id\n        status\n        completion\n        submittedAt\n        returnReason\n        checklist {\n          id\n          name\n          version\n        }\n      }\n    }\n    checklists(status: PUBLISHED) {\n      id\n      name\n      version\n    }\n  }\n": types.MySaqsDocument,
    "\n  mutation StartSelfAssessment($supplierId: ID!, $checklistId: ID!) {\n    startSelfAssessment(supplierId: $supplierId, checklistId: $checklistId) {\n      id\n    }\n  }\n": types.StartSelfAssessmentDocument,
    "\n  query SelfAssessment($id: ID!) {\n    selfAssessment(id: $id) {\n      id\n      status\n      completion\n      version\n      returnReason\n      submittedAt\n      reviewedAt\n      supplier {\n        id\n        name\n      }\n      checklist {\n        id\n        name\n        version\n        items {\n          id\n          code\n          area\n          question\n          guidance\n          answerType\n          evidenceRequired\n          zeroTolerance\n          order\n        }\n      }\n      answers {\n        item {\n          id\n        }\n        choice\n        scale\n        number\n        text\n        comment\n        evidence {\n          title\n          url\n          documentId\n          sha256\n          document {\n            id\n            filename\n            size\n            downloadUrl\n          }\n        }\n      }\n      areaScores {\n        area\n        score\n      }\n    }\n  }\n": types.SelfAssessmentDocument,
    "\n  mutation SaveAnswers($id: ID!, $v: Int, $answers: [AnswerInput!]!) {\n    saveAnswers(selfAssessmentId: $id, expectedVersion: $v, answers: $answers) {\n      id\n      version\n      completion\n      status\n    }\n  }\n": types.SaveAnswersDocument,
    "\n  mutation SubmitSelfAssessment($id: ID!) {\n    submitSelfAssessment(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.SubmitSelfAssessmentDocument,
    "\n  mutation ReturnSelfAssessment($id: ID!, $reason: String!) {\n    returnSelfAssessment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ReturnSelfAssessmentDocument,
    "\n  mutation ReviewSelfAssessment($id: ID!) {\n    reviewSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n": types.ReviewSelfAssessmentDocument,
    "\n  query SaqsToReview {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n          selfAssessments {\n            id\n            status\n            submittedAt\n            checklist {\n              name\n              version\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SaqsToReviewDocument,
    "\n  fragment CertificatesPanel on Supplier {\n    id\n    certificates {\n      id\n      kind\n      type\n      issuer\n      number\n      validFrom\n      validUntil\n      expired\n      expiresSoon\n      verified\n      verifiedAt\n      verifiedBy {\n        name\n      }\n      verificationNote\n      addedAt\n      addedBy {\n        name\n      }\n      document {\n        id\n        filename\n        size\n        downloadUrl\n      }\n    }\n  }\n": types.CertificatesPanelFragmentDoc,
    "\n  mutation AddCertificate($supplierId: ID!, $input: CertificateInput!) {\n    addCertificate(supplierId: $supplierId, input: $input) {\n      id\n    }\n  }\n": types.AddCertificateDocument,
    "\n  mutation VerifyCertificate($id: ID!, $note: String) {\n    verifyCertificate(id: $id, note: $note) {\n      id\n      verified\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  query Invitations($supplierId: ID!) {\n    invitations(supplierId: $supplierId) {\n      id\n      email\n      state\n      sentAt\n      expiresAt\n      acceptedAt\n      revokedAt\n      emailed\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteSupplierUser($supplierId: ID!, $email: String!) {\n    inviteSupplierUser(supplierId: $supplierId, email: $email) {\n      id\n      email\n      expiresAt\n      link\n    }\n  }\n": types.InviteSupplierUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n      expiresAt\n      link\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      state\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query MyAudits($id: ID!) {\n    supplier(id: $id) {\n      id\n      audits {\n        id\n        status\n        type\n        plannedDate\n        completedAt\n        findings {\n          id\n          area\n          severity\n          riskLevel\n          riskScore\n          status\n          overdue\n          dueDate\n          capDueDate\n          correctiveAction {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.MyAuditsDocument,
    "\n  fragment ProfileForm on Supplier {\n    id\n    name\n    legalName\n    registrationNumber\n    country\n    contactEmail\n    version\n    sites {\n      id\n      name\n      country\n      address\n      latitude\n      longitude\n    }\n    materialCategories {\n      id\n      code\n      name\n    }\n    declaredSustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n    }\n  }\n": types.ProfileFormFragmentDoc,
    "\n  query ProfileCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n": types.ProfileCategoriesDocument,
    "\n  mutation UpdateSupplier($id: ID!, $v: Int!, $input: UpdateSupplierInput!) {\n    updateSupplier(id: $id, expectedVersion: $v, input: $input) {\n      id\n      version\n      sites {\n        id\n        name\n        country\n        address\n        latitude\n        longitude\n      }\n    }\n  }\n": types.UpdateSupplierDocument,
    "\n  query SupplierPage($id: ID!, $procurement: Boolean!) {\n    supplier(id: $id) {\n      id\n      name\n      legalName\n      registrationNumber\n      country\n      contactEmail\n      version\n      archived\n      status\n      statusReasons\n      nextAuditDue\n      materialCategories {\n        id\n        code\n        name\n      }\n      sites {\n        id\n        name\n        country\n        address\n      }\n      ...ProfileForm\n      ...SustainabilityPanel\n      ...CertificatesPanel\n      ...ThirdPartyPanel\n      score {\n        overall\n        grade\n        expired\n        computedAt\n        areas {\n          area\n          score\n          source\n        }\n        explanation {\n          label\n          points\n        }\n      }\n      scoreHistory(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            overall\n            grade\n            computedAt\n            cause\n          }\n        }\n      }\n      selfAssessments {\n        id\n        status\n        completion\n        submittedAt\n        checklist {\n          name\n          version\n        }\n      }\n      audits {\n        id\n        status\n        type\n        plannedDate\n        completedAt\n        findings {\n          id\n          area\n          severity\n          riskLevel\n          riskScore\n          status\n          overdue\n          dueDate\n          repeat\n          correctiveAction {\n            id\n            status\n          }\n        }\n      }\n      priorityAdjustments @include(if: $procurement) {\n        ...AdjustmentRow\n      }\n    }\n  }\n": types.SupplierPageDocument,
    "\n  query Suppliers($filter: SupplierFilter, $first: Int, $after: String) {\n    suppliers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          country\n          status\n          nextAuditDue\n          archived\n          score {\n            grade\n            overall\n          }\n        }\n      }\n    }\n  }\n": types.SuppliersDocument,
    "\n  fragment SustainabilityPanel on Supplier {\n    id\n    sustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n      basis {\n        attribute\n        basis\n      }\n    }\n    declaredSustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n    }\n    verifiedSustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n    }\n    sustainabilityVerified\n    sustainabilityVerifiedAt\n    sustainabilityVerifiedUntil\n    sustainabilityVerifications {\n      id\n      verifiedAt\n      validUntil\n      note\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n      evidence {\n        title\n        url\n        documentId\n        sha256\n        document {\n          id\n          filename\n          size\n          downloadUrl\n        }\n      }\n      verifiedBy {\n        name\n      }\n    }\n  }\n": types.SustainabilityPanelFragmentDoc,
    "\n  mutation VerifySustainability(\n    $id: ID!\n    $input: SustainabilityInput!\n    $evidence: [EvidenceInput!]!\n    $note: String\n  ) {\n    verifySustainability(supplierId: $id, input: $input, evidence: $evidence, note: $note) {\n      id\n      status\n    }\n  }\n": types.VerifySustainabilityDocument,
    "\n  fragment ThirdPartyPanel on Supplier {\n    id\n    thirdPartyAssessments {\n      id\n      scheme\n      schemeName\n      assessedAt\n      validUntil\n      expired\n      reference\n      assessor\n      importedAt\n      importedBy {\n        name\n      }\n      withdrawnAt\n      withdrawReason\n      withdrawnBy {\n        name\n      }\n      areaScores {\n        area\n        score\n        basis\n      }\n      reportDocument {\n        id\n        filename\n        size\n        downloadUrl\n      }\n    }\n  }\n": types.ThirdPartyPanelFragmentDoc,
    "\n  mutation ImportThirdPartyAssessment($supplierId: ID!, $input: ThirdPartyAssessmentInput!) {\n    importThirdPartyAssessment(supplierId: $supplierId, input: $input) {\n      id\n    }\n  }\n": types.ImportThirdPartyAssessmentDocument,
    "\n  mutation WithdrawThirdPartyAssessment($id: ID!, $reason: String!) {\n    withdrawThirdPartyAssessment(id: $id, reason: $reason) {\n      id\n      withdrawnAt\n    }\n  }\n": types.WithdrawThirdPartyAssessmentDocument,
    "\n  query ProtectedAreaLists {\n    protectedAreaLists {\n      id\n      name\n      versions {\n        id\n        version\n        format\n        areaCount\n        sourceFilename\n        importedAt\n      }\n    }\n  }\n": types.ProtectedAreaListsDocument,
    "\n  query ProtectedAreasPage($state: ProtectedAreaFlagState, $after: String) {\n    protectedAreaFlags(state: $state, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          target\n          targetName\n          distanceKm\n          latitude\n          longitude\n          flaggedAt\n          clearedAt\n          clearanceNote\n          clearedBy {\n            name\n          }\n          evidence {\n            title\n            url\n            documentId\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n          area {\n            name\n            designation\n            shape\n          }\n          list {\n            name\n          }\n          supplier {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProtectedAreasPageDocument,
    "\n  mutation ImportProtectedAreas($listName: String!, $documentId: ID!, $dryRun: Boolean!) {\n    importProtectedAreas(listName: $listName, documentId: $documentId, dryRun: $dryRun) {\n      rows\n      applied\n      inserted\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportProtectedAreasDocument,
    "\n  mutation ClearProtectedAreaFlag($id: ID!, $note: String!, $evidence: [EvidenceInput!]!) {\n    clearProtectedAreaFlag(id: $id, note: $note, evidence: $evidence) {\n      id\n      state\n    }\n  }\n": types.ClearProtectedAreaFlagDocument,
    "\n  query ScreeningLists {\n    screeningLists {\n      kind\n      currentVersion {\n        id\n        number\n      }\n      versions {\n        id\n        number\n        entryCount\n        importedAt\n        sourceFilename\n        importedBy {\n          name\n        }\n      }\n    }\n  }\n": types.ScreeningListsDocument,
    "\n  query ScreeningHitsPage($state: ScreeningHitState, $after: String) {\n    screeningHits(state: $state, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          kind\n          field\n          matchedValue\n          nodeName\n          explanation\n          foundAt\n          node {\n            id\n            mapId\n            categoryId\n          }\n          supplier {\n            id\n            name\n          }\n          listVersion {\n            number\n          }\n          rebuttals {\n            id\n            state\n            reason\n            expiresAt\n            recordedAt\n            recordedBy {\n              id\n              name\n            }\n            decidedAt\n            decidedBy {\n              name\n            }\n            decisionNote\n            evidence {\n              title\n              url\n              documentId\n              document {\n                id\n                filename\n                size\n                downloadUrl\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ScreeningHitsPageDocument,
    "\n  mutation ImportScreeningList($kind: ScreeningListKind!, $documentId: ID!, $dryRun: Boolean!) {\n    importScreeningList(kind: $kind, documentId: $documentId, dryRun: $dryRun) {\n      hitsFound\n      hitsKept\n      hitsCleared\n      version {\n        number\n      }\n      report {\n        rows\n        applied\n        errors {\n          row\n          column\n          message\n        }\n      }\n    }\n  }\n": types.ImportScreeningListDocument,
    "\n  mutation RecordScreeningRebuttal($input: ScreeningRebuttalInput!) {\n    recordScreeningRebuttal(input: $input) {\n      id\n      state\n    }\n  }\n": types.RecordScreeningRebuttalDocument,
    "\n  mutation ApproveScreeningRebuttal($id: ID!, $note: String) {\n    approveScreeningRebuttal(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n": types.ApproveScreeningRebuttalDocument,
    "\n  mutation RejectScreeningRebuttal($id: ID!, $reason: String!) {\n    rejectScreeningRebuttal(id: $id, reason: $reason) {\n      id\n      state\n    }\n  }\n": types.RejectScreeningRebuttalDocument,
    "\n  query SupplyChainCardTierSets {\n    supplyChainTierSets {\n      id\n      name\n      categories {\n        categoryId\n      }\n    }\n  }\n": types.SupplyChainCardTierSetsDocument,
    "\n  query SupplyChainCardMaps($supplierId: ID!) {\n    supplier(id: $supplierId) {\n      id\n      supplyChainMaps {\n        id\n        category {\n          id\n        }\n        traceability {\n          level\n          coverage\n        }\n      }\n    }\n  }\n": types.SupplyChainCardMapsDocument,
    "\n  query SupplyChainMapPage($supplierId: ID!, $categoryId: ID!) {\n    supplier(id: $supplierId) {\n      id\n      name\n      archived\n      materialCategories {\n        id\n        code\n        name\n      }\n      supplyChain(categoryId: $categoryId) {\n        id\n        version\n        updatedAt\n        coverage\n        category {\n          id\n          name\n        }\n        traceability {\n          level\n          declaredLevel\n          basis\n          coverage\n          explanation\n          originTier\n          pathCount\n          originPathCount\n          verifiedPathCount\n        }\n        tierSet {\n          id\n          name\n          tiers {\n            id\n            code\n            name\n            position\n          }\n        }\n        nodes {\n          id\n          name\n          isRoot\n          tierId\n          tier {\n            id\n            name\n            position\n          }\n          country\n          region\n          address\n          latitude\n          longitude\n        }\n        links {\n          id\n          upstreamNodeId\n          downstreamNodeId\n          custody\n          state\n          verifiedAt\n          verifiedBy {\n            name\n          }\n          verificationNote\n          evidence {\n            documentId\n            kind\n            reference\n            sha256\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SupplyChainMapPageDocument,
    "\n  query SupplyChainMapHits($supplierId: ID!) {\n    screeningHits(supplierId: $supplierId, state: OPEN, first: 100) {\n      edges {\n        node {\n          id\n          state\n          kind\n          explanation\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SupplyChainMapHitsDocument,
    "\n  query SupplyChainMapFlags($supplierId: ID!) {\n    protectedAreaFlags(supplierId: $supplierId, state: OPEN, first: 100) {\n      edges {\n        node {\n          id\n          state\n          nodeId\n          distanceKm\n          area {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SupplyChainMapFlagsDocument,
    "\n  mutation CreateSupplyChainMap($supplierId: ID!, $categoryId: ID!) {\n    createSupplyChainMap(supplierId: $supplierId, categoryId: $categoryId) {\n      id\n      version\n    }\n  }\n": types.CreateSupplyChainMapDocument,
    "\n  mutation AddSupplyChainNode($mapId: ID!, $expectedVersion: Int!, $input: SupplyChainNodeInput!) {\n    addSupplyChainNode(mapId: $mapId, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": types.AddSupplyChainNodeDocument,
    "\n  mutation UpdateSupplyChainNode($id: ID!, $expectedVersion: Int!, $input: SupplyChainNodeInput!) {\n    updateSupplyChainNode(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateSupplyChainNodeDocument,
    "\n  mutation RemoveSupplyChainNode($id: ID!, $expectedVersion: Int!) {\n    removeSupplyChainNode(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.RemoveSupplyChainNodeDocument,
    "\n  mutation AddSupplyChainLink($mapId: ID!, $expectedVersion: Int!, $input: SupplyChainLinkInput!) {\n    addSupplyChainLink(mapId: $mapId, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": types.AddSupplyChainLinkDocument,
    "\n  mutation UpdateSupplyChainLink(\n    $id: ID!\n    $expectedVersion: Int!\n    $input: SupplyChainLinkUpdateInput!\n  ) {\n    updateSupplyChainLink(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateSupplyChainLinkDocument,
    "\n  mutation RemoveSupplyChainLink($id: ID!, $expectedVersion: Int!) {\n    removeSupplyChainLink(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.RemoveSupplyChainLinkDocument,
    "\n  mutation VerifySupplyChainLink(\n    $id: ID!\n    $expectedVersion: Int!\n    $evidence: [LinkEvidenceInput!]!\n    $note: String\n  ) {\n    verifySupplyChainLink(\n      id: $id\n      expectedVersion: $expectedVersion\n      evidence: $evidence\n      note: $note\n    ) {\n      id\n      version\n    }\n  }\n": types.VerifySupplyChainLinkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    role\n    mustChangePassword\n    supplier {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenActions {\n    openActions {\n      kind\n      title\n      dueDate\n      overdue\n      link\n    }\n  }\n"): typeof import('./graphql').OpenActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveUpload($id: ID!) {\n    removeDocument(id: $id)\n  }\n"): typeof import('./graphql').RemoveUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierOverview($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      status\n      statusReasons\n      score {\n        overall\n        grade\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleOptions {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n          sites {\n            id\n            name\n          }\n        }\n      }\n    }\n    checklists(status: PUBLISHED) {\n      id\n      name\n      version\n    }\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScheduleOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllAudits($after: String) {\n    audits(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          type\n          plannedDate\n          supplier {\n            id\n            name\n          }\n          leadAuditor {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AllAuditsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleAudit($input: ScheduleAuditInput!) {\n    scheduleAudit(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScheduleAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSupplierCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').AdminSupplierCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupplier($input: CreateSupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      role\n      createdAt\n      createdBy {\n        id\n        name\n      }\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $role: Role!, $expiresAt: DateTime) {\n    createApiToken(name: $name, role: $role, expiresAt: $expiresAt) {\n      id\n      secret\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Checklist($id: ID!) {\n    checklist(id: $id) {\n      id\n      familyId\n      name\n      version\n      status\n      revision\n      publishedAt\n      retiredAt\n      items {\n        id\n        code\n        area\n        question\n        guidance\n        answerType\n        weight\n        zeroTolerance\n        evidenceRequired\n        order\n      }\n    }\n    checklists {\n      id\n      familyId\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').ChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishChecklist($id: ID!) {\n    publishChecklist(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseChecklist($id: ID!) {\n    reviseChecklist(id: $id) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviseChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChecklistItem(\n    $id: ID!\n    $revision: Int!\n    $input: ChecklistItemInput!\n    $position: Int\n  ) {\n    addChecklistItem(\n      checklistId: $id\n      expectedRevision: $revision\n      input: $input\n      position: $position\n    ) {\n      id\n      revision\n    }\n  }\n"): typeof import('./graphql').AddChecklistItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklistItem($id: ID!, $revision: Int!, $input: ChecklistItemInput!) {\n    updateChecklistItem(id: $id, expectedRevision: $revision, input: $input) {\n      id\n      revision\n    }\n  }\n"): typeof import('./graphql').UpdateChecklistItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveChecklistItem($id: ID!, $revision: Int!) {\n    removeChecklistItem(id: $id, expectedRevision: $revision) {\n      id\n      revision\n    }\n  }\n"): typeof import('./graphql').RemoveChecklistItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveChecklistItem($id: ID!, $revision: Int!, $position: Int!) {\n    moveChecklistItem(id: $id, expectedRevision: $revision, position: $position) {\n      id\n      revision\n    }\n  }\n"): typeof import('./graphql').MoveChecklistItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Checklists {\n    checklists {\n      id\n      familyId\n      name\n      version\n      status\n      publishedAt\n      items {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ChecklistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChecklist($input: CreateChecklistInput!) {\n    createChecklist(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseChecklistFromList($id: ID!) {\n    reviseChecklist(id: $id) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviseChecklistFromListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSuppliers($documentId: ID!, $dryRun: Boolean!) {\n    importSuppliers(documentId: $documentId, dryRun: $dryRun) {\n      rows\n      applied\n      inserted\n      updated\n      skipped\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportSuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUsers($documentId: ID!, $dryRun: Boolean!) {\n    importUsers(documentId: $documentId, dryRun: $dryRun) {\n      report {\n        rows\n        applied\n        inserted\n        updated\n        skipped\n        errors {\n          row\n          column\n          message\n        }\n      }\n      passwords {\n        email\n        oneTimePassword\n      }\n    }\n  }\n"): typeof import('./graphql').ImportUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationOutbox($status: DeliveryStatus, $first: Int, $after: String) {\n    notificationOutbox(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          attempts\n          lastError\n          nextAttemptAt\n          sentAt\n          digestDay\n          subject\n          recipientEmail\n          notification {\n            id\n            kind\n            title\n            createdAt\n          }\n          recipient {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationOutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendNotification($id: ID!) {\n    resendNotification(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n  }\n"): typeof import('./graphql').ResendNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($after: String) {\n    users(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          name\n          role\n          active\n          supplier {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierOptions {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateUser($id: ID!) {\n    activateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').ActivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($userId: ID!) {\n    resetUserPassword(userId: $userId)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      description\n      events\n      createdAt\n      disabledAt\n    }\n  }\n"): typeof import('./graphql').WebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableWebhook($id: ID!) {\n    disableWebhook(id: $id) {\n      id\n      disabledAt\n    }\n  }\n"): typeof import('./graphql').DisableWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries(\n    $webhookId: ID!\n    $status: WebhookDeliveryStatus\n    $first: Int\n    $after: String\n  ) {\n    webhookDeliveries(webhookId: $webhookId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          event\n          eventKey\n          status\n          attempts\n          lastStatusCode\n          lastError\n          nextAttemptAt\n          sentAt\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n"): typeof import('./graphql').RedeliverWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAudit($id: ID!) {\n    startAudit(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').StartAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAudit($id: ID!) {\n    completeAudit(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CompleteAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFinding($id: ID!, $reason: String!, $expectedVersion: Int) {\n    withdrawFinding(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').WithdrawFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAudit($id: ID!, $reason: String!) {\n    cancelAudit(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeCorrectiveAction($findingId: ID!, $input: CorrectiveActionInput!) {\n    proposeCorrectiveAction(findingId: $findingId, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ProposeCorrectiveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCorrectiveActionImplemented($id: ID!, $evidence: [EvidenceInput!]!) {\n    markCorrectiveActionImplemented(id: $id, evidence: $evidence) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').MarkCorrectiveActionImplementedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewCap($id: ID!, $accept: Boolean!, $comment: String) {\n    reviewCorrectiveAction(id: $id, accept: $accept, comment: $comment) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReviewCapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCap($id: ID!, $effective: Boolean!, $comment: String) {\n    verifyCorrectiveAction(id: $id, effective: $effective, comment: $comment) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').VerifyCapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFinding($auditId: ID!, $input: FindingInput!) {\n    recordFinding(auditId: $auditId, input: $input) {\n      id\n      riskScore\n      riskLevel\n    }\n  }\n"): typeof import('./graphql').RecordFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditFinding($id: ID!, $input: FindingInput!, $expectedVersion: Int) {\n    editFinding(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      riskScore\n      riskLevel\n    }\n  }\n"): typeof import('./graphql').EditFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordItemResults($auditId: ID!, $results: [ItemResultInput!]!) {\n    recordItemResults(auditId: $auditId, results: $results) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordItemResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audit($id: ID!) {\n    audit(id: $id) {\n      id\n      status\n      type\n      plannedDate\n      startedAt\n      completedAt\n      cancelReason\n      auditFirm\n      supplier {\n        id\n        name\n      }\n      site {\n        name\n      }\n      leadAuditor {\n        id\n        name\n      }\n      checklist {\n        id\n        name\n        version\n        items {\n          id\n          code\n          area\n          question\n          zeroTolerance\n          order\n        }\n      }\n      results {\n        item {\n          id\n        }\n        result\n        note\n      }\n      findings {\n        id\n        area\n        item {\n          id\n          code\n        }\n        severity\n        likelihood\n        impact\n        riskScore\n        riskLevel\n        status\n        version\n        withdrawnAt\n        withdrawalReason\n        description\n        capDueDate\n        dueDate\n        overdue\n        repeat\n        evidence {\n          title\n          url\n          documentId\n          sha256\n          document {\n            id\n            filename\n            size\n            downloadUrl\n          }\n        }\n        correctiveAction {\n          id\n          status\n          rootCause\n          actions\n          owner\n          targetDate\n          implementationEvidence {\n            title\n            url\n            documentId\n            sha256\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n          history {\n            toStatus\n            comment\n            at\n            actor {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditQueue($filter: AuditFilter) {\n    audits(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          type\n          plannedDate\n          supplier {\n            id\n            name\n          }\n          leadAuditor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapsToReview {\n    findings(filter: { status: OPEN }, first: 100) {\n      edges {\n        node {\n          id\n          severity\n          riskLevel\n          audit {\n            id\n            leadAuditor {\n              id\n            }\n            supplier {\n              name\n            }\n          }\n          correctiveAction {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CapsToReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueFindings($after: String) {\n    findings(filter: { overdue: true }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          area\n          severity\n          riskScore\n          riskLevel\n          dueDate\n          audit {\n            id\n            supplier {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OverdueFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclarationFormLists {\n    regulatoryLists {\n      code\n      name\n      appliesByDefault\n      currentVersion {\n        label\n      }\n      exemptions {\n        code\n        text\n        expired\n      }\n      applicability {\n        applies\n        category {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeclarationFormListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclarationFormCategories {\n    materialCategories {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DeclarationFormCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclarationFormSuppliers {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeclarationFormSuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMaterialDeclaration($input: MaterialDeclarationInput!) {\n    createMaterialDeclaration(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateMaterialDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMaterialDeclaration(\n    $id: ID!\n    $input: DeclarationContentInput!\n    $expectedVersion: Int!\n  ) {\n    updateMaterialDeclaration(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateMaterialDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaterialDeclaration($id: ID!) {\n    materialDeclaration(id: $id) {\n      id\n      version\n      status\n      declarationClass\n      partNumber\n      partName\n      declaredAt\n      validUntil\n      submittedAt\n      reviewedAt\n      rejectReason\n      supplier {\n        id\n        name\n      }\n      category {\n        id\n        name\n      }\n      statements {\n        list\n        listVersion\n        compliant\n        exemptions\n      }\n      materials {\n        name\n        massMg\n        exemptions\n        substances {\n          cas\n          name\n          ppm\n          massMg\n        }\n      }\n      compliance {\n        compliant\n        evaluatedAt\n        violations {\n          cas\n          substanceName\n          list\n          listVersion\n          measuredPercent\n          allowedPercent\n          material\n          message\n        }\n        unevaluated {\n          cas\n          list\n          listVersion\n          material\n          reason\n        }\n        targetSubstances {\n          cas\n          name\n          kind\n          material\n        }\n      }\n      violations {\n        casNumber\n        listName\n        listVersion\n        material\n        measuredPpm\n        limitPpm\n      }\n      evidence {\n        title\n        url\n        documentId\n        sha256\n        document {\n          id\n          filename\n          size\n          downloadUrl\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MaterialDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMaterialDeclaration($id: ID!, $expectedVersion: Int) {\n    submitMaterialDeclaration(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitMaterialDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewMaterialDeclaration($id: ID!, $accept: Boolean!, $reason: String) {\n    reviewMaterialDeclaration(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReviewMaterialDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaterialDeclarations($status: DeclarationStatus, $after: String) {\n    materialDeclarations(status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          partNumber\n          partName\n          validUntil\n          supplier {\n            id\n            name\n          }\n          category {\n            id\n            name\n          }\n          compliance {\n            compliant\n            violations {\n              message\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MaterialDeclarationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclarationCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').DeclarationCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportIpc1752a($supplierId: ID!, $categoryId: ID!, $documentId: ID!) {\n    importIpc1752a(supplierId: $supplierId, categoryId: $categoryId, documentId: $documentId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ImportIpc1752aDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Documents($first: Int, $after: String, $supplierId: ID) {\n    documents(first: $first, after: $after, supplierId: $supplierId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          filename\n          title\n          contentType\n          size\n          uploadedAt\n          downloadUrl\n          removable\n          uploadedBy {\n            id\n            name\n          }\n          attachments {\n            kind\n            subjectId\n            supplierId\n            attachedAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingAudit($id: ID!) {\n    finding(id: $id) {\n      id\n      audit {\n        id\n        supplier {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindingAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id)\n  }\n"): typeof import('./graphql').RemoveDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRiskEntry($id: ID!, $input: UpdateRiskEntryInput!, $expectedVersion: Int!) {\n    updateRiskEntry(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateRiskEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessRiskEntry($id: ID!, $input: RiskAnalysisInput!) {\n    assessRiskEntry(id: $id, input: $input) {\n      id\n      priority\n      riskScore\n      riskLevel\n    }\n  }\n"): typeof import('./graphql').AssessRiskEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRiskControl($entryId: ID!, $input: RiskControlInput!) {\n    addRiskControl(entryId: $entryId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddRiskControlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRiskControl($id: ID!, $input: UpdateRiskControlInput!) {\n    updateRiskControl(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateRiskControlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskRegister($stage: ApplicationStage, $categoryId: ID, $due: Boolean, $after: String) {\n    riskRegister(\n      stage: $stage\n      categoryId: $categoryId\n      reassessmentDue: $due\n      first: 20\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          stage\n          location\n          likelihood\n          exposure\n          severity\n          riskScore\n          riskLevel\n          priority\n          lastAssessedAt\n          reassessmentDue\n          reassessmentReasons\n          substance {\n            id\n            name\n            cas\n          }\n          category {\n            id\n            code\n            name\n          }\n          supplier {\n            id\n            name\n          }\n          controls {\n            id\n            type\n            description\n            owner\n            dueDate\n            status\n            overdue\n          }\n        }\n      }\n    }\n    riskHeatMap(stage: $stage, categoryId: $categoryId, reassessmentDue: $due) {\n      likelihood\n      severity\n      riskScore\n      riskLevel\n      count\n    }\n    riskRegisterCoverage {\n      categoriesTotal\n      categoriesAssessed\n      share\n    }\n  }\n"): typeof import('./graphql').RiskRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskRegisterOptions {\n    materialCategories {\n      id\n      code\n      name\n    }\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RiskRegisterOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskSubstanceByCas($cas: String!) {\n    substance(cas: $cas) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RiskSubstanceByCasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRiskEntry($input: CreateRiskEntryInput!) {\n    createRiskEntry(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateRiskEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubstitutionLines($status: SubstitutionStatus!, $categoryId: ID, $after: String) {\n    substitution(status: $status, categoryId: $categoryId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          declarationId\n          status\n          partNumber\n          partName\n          material\n          cas\n          substanceName\n          targetKind\n          ppm\n          validUntil\n          expired\n          category {\n            id\n            code\n            name\n          }\n          supplier {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubstitutionLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubstitutionCategories {\n    materialCategories {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SubstitutionCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          category\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailMode\n      categories {\n        category\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailMode\n      categories {\n        category\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdjustmentRow on PriorityAdjustment {\n    id\n    delta\n    reason\n    active\n    createdAt\n    expiresAt\n    revokedAt\n    revokeReason\n    category {\n      id\n      name\n    }\n    createdBy {\n      name\n    }\n  }\n"): typeof import('./graphql').AdjustmentRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustPriority($input: PriorityAdjustmentInput!) {\n    adjustPriority(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdjustPriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePriorityAdjustment($id: ID!, $reason: String!) {\n    revokePriorityAdjustment(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokePriorityAdjustmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').RankingCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rankings($filter: RankingFilter, $first: Int, $after: String) {\n    supplierRankings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          rank\n          priorityScore\n          esgScore\n          grade\n          status\n          supplier {\n            id\n            name\n            country\n            statusReasons\n          }\n          adjustments {\n            id\n            delta\n          }\n          explanation {\n            label\n            points\n          }\n          targetSubstances {\n            substanceName\n            cas\n            kind\n            material\n            declarationId\n            partNumber\n            partName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RankingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Purchases($categoryId: ID, $from: String, $to: String, $after: String) {\n    purchases(categoryId: $categoryId, from: $from, to: $to, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          period\n          quantityKg\n          reference\n          voidedAt\n          voidReason\n          supplier {\n            id\n            name\n          }\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PurchasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchaseCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').PurchaseCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPurchases($documentId: ID!, $dryRun: Boolean!) {\n    importPurchases(documentId: $documentId, dryRun: $dryRun) {\n      rows\n      applied\n      inserted\n      skipped\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportPurchasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidPurchase($id: ID!, $reason: String!) {\n    voidPurchase(id: $id, reason: $reason) {\n      id\n      voidedAt\n      voidReason\n    }\n  }\n"): typeof import('./graphql').VoidPurchaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecycledDashboard($element: Element!, $year: Int) {\n    recycledContentShare(element: $element, year: $year) {\n      element\n      from\n      to\n      share\n      verifiedShare\n      declaredShare\n      preConsumerShare\n      postConsumerShare\n      coverage\n      purchasedKg\n      elementKg\n      recycledKg\n      countedRecycledKg\n      linesTotal\n      monthly {\n        month\n        share\n        coverage\n        elementKg\n      }\n      lines {\n        supplier {\n          id\n          name\n        }\n        category {\n          id\n          name\n        }\n        basis\n        purchasedKg\n        elementKg\n        recycledKg\n        countedRecycledKg\n      }\n    }\n    recycledContentTargets(element: $element) {\n      target {\n        id\n        source\n        share\n        dueDate\n        note\n      }\n      current\n      gap\n      projection\n      onTrack\n    }\n  }\n"): typeof import('./graphql').RecycledDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecycledContentDeclarations($element: Element, $after: String) {\n    recycledContentDeclarations(element: $element, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          element\n          validFrom\n          validTo\n          elementFraction\n          recycledFraction\n          preConsumerFraction\n          postConsumerFraction\n          method\n          declaredAt\n          verified\n          verifiedAt\n          verificationNote\n          supplier {\n            id\n            name\n          }\n          category {\n            id\n            name\n          }\n          evidence {\n            title\n            url\n            documentId\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecycledContentDeclarationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecycledDeclarationCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').RecycledDeclarationCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareRecycledContent($input: DeclareRecycledContentInput!) {\n    declareRecycledContent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeclareRecycledContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyRecycledContent($id: ID!, $note: String) {\n    verifyRecycledContent(id: $id, note: $note) {\n      id\n      verified\n      verifiedAt\n      verificationNote\n    }\n  }\n"): typeof import('./graphql').VerifyRecycledContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySaqs($id: ID!) {\n    supplier(id: $id) {\n      id\n      selfAssessments {\n        id\n        status\n        completion\n        submittedAt\n        returnReason\n        checklist {\n          id\n          name\n          version\n        }\n      }\n    }\n    checklists(status: PUBLISHED) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').MySaqsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSelfAssessment($supplierId: ID!, $checklistId: ID!) {\n    startSelfAssessment(supplierId: $supplierId, checklistId: $checklistId) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfAssessment($id: ID!) {\n    selfAssessment(id: $id) {\n      id\n      status\n      completion\n      version\n      returnReason\n      submittedAt\n      reviewedAt\n      supplier {\n        id\n        name\n      }\n      checklist {\n        id\n        name\n        version\n        items {\n          id\n          code\n          area\n          question\n          guidance\n          answerType\n          evidenceRequired\n          zeroTolerance\n          order\n        }\n      }\n      answers {\n        item {\n          id\n        }\n        choice\n        scale\n        number\n        text\n        comment\n        evidence {\n          title\n          url\n          documentId\n          sha256\n          document {\n            id\n            filename\n            size\n            downloadUrl\n          }\n        }\n      }\n      areaScores {\n        area\n        score\n      }\n    }\n  }\n"): typeof import('./graphql').SelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnswers($id: ID!, $v: Int, $answers: [AnswerInput!]!) {\n    saveAnswers(selfAssessmentId: $id, expectedVersion: $v, answers: $answers) {\n      id\n      version\n      completion\n      status\n    }\n  }\n"): typeof import('./graphql').SaveAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSelfAssessment($id: ID!) {\n    submitSelfAssessment(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').SubmitSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSelfAssessment($id: ID!, $reason: String!) {\n    returnSelfAssessment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReturnSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSelfAssessment($id: ID!) {\n    reviewSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReviewSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SaqsToReview {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n          selfAssessments {\n            id\n            status\n            submittedAt\n            checklist {\n              name\n              version\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SaqsToReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificatesPanel on Supplier {\n    id\n    certificates {\n      id\n      kind\n      type\n      issuer\n      number\n      validFrom\n      validUntil\n      expired\n      expiresSoon\n      verified\n      verifiedAt\n      verifiedBy {\n        name\n      }\n      verificationNote\n      addedAt\n      addedBy {\n        name\n      }\n      document {\n        id\n        filename\n        size\n        downloadUrl\n      }\n    }\n  }\n"): typeof import('./graphql').CertificatesPanelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCertificate($supplierId: ID!, $input: CertificateInput!) {\n    addCertificate(supplierId: $supplierId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCertificate($id: ID!, $note: String) {\n    verifyCertificate(id: $id, note: $note) {\n      id\n      verified\n    }\n  }\n"): typeof import('./graphql').VerifyCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($supplierId: ID!) {\n    invitations(supplierId: $supplierId) {\n      id\n      email\n      state\n      sentAt\n      expiresAt\n      acceptedAt\n      revokedAt\n      emailed\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteSupplierUser($supplierId: ID!, $email: String!) {\n    inviteSupplierUser(supplierId: $supplierId, email: $email) {\n      id\n      email\n      expiresAt\n      link\n    }\n  }\n"): typeof import('./graphql').InviteSupplierUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n      expiresAt\n      link\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAudits($id: ID!) {\n    supplier(id: $id) {\n      id\n      audits {\n        id\n        status\n        type\n        plannedDate\n        completedAt\n        findings {\n          id\n          area\n          severity\n          riskLevel\n          riskScore\n          status\n          overdue\n          dueDate\n          capDueDate\n          correctiveAction {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAuditsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileForm on Supplier {\n    id\n    name\n    legalName\n    registrationNumber\n    country\n    contactEmail\n    version\n    sites {\n      id\n      name\n      country\n      address\n      latitude\n      longitude\n    }\n    materialCategories {\n      id\n      code\n      name\n    }\n    declaredSustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n    }\n  }\n"): typeof import('./graphql').ProfileFormFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileCategories {\n    materialCategories {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').ProfileCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupplier($id: ID!, $v: Int!, $input: UpdateSupplierInput!) {\n    updateSupplier(id: $id, expectedVersion: $v, input: $input) {\n      id\n      version\n      sites {\n        id\n        name\n        country\n        address\n        latitude\n        longitude\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierPage($id: ID!, $procurement: Boolean!) {\n    supplier(id: $id) {\n      id\n      name\n      legalName\n      registrationNumber\n      country\n      contactEmail\n      version\n      archived\n      status\n      statusReasons\n      nextAuditDue\n      materialCategories {\n        id\n        code\n        name\n      }\n      sites {\n        id\n        name\n        country\n        address\n      }\n      ...ProfileForm\n      ...SustainabilityPanel\n      ...CertificatesPanel\n      ...ThirdPartyPanel\n      score {\n        overall\n        grade\n        expired\n        computedAt\n        areas {\n          area\n          score\n          source\n        }\n        explanation {\n          label\n          points\n        }\n      }\n      scoreHistory(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            overall\n            grade\n            computedAt\n            cause\n          }\n        }\n      }\n      selfAssessments {\n        id\n        status\n        completion\n        submittedAt\n        checklist {\n          name\n          version\n        }\n      }\n      audits {\n        id\n        status\n        type\n        plannedDate\n        completedAt\n        findings {\n          id\n          area\n          severity\n          riskLevel\n          riskScore\n          status\n          overdue\n          dueDate\n          repeat\n          correctiveAction {\n            id\n            status\n          }\n        }\n      }\n      priorityAdjustments @include(if: $procurement) {\n        ...AdjustmentRow\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suppliers($filter: SupplierFilter, $first: Int, $after: String) {\n    suppliers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          country\n          status\n          nextAuditDue\n          archived\n          score {\n            grade\n            overall\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SustainabilityPanel on Supplier {\n    id\n    sustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n      basis {\n        attribute\n        basis\n      }\n    }\n    declaredSustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n    }\n    verifiedSustainability {\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n    }\n    sustainabilityVerified\n    sustainabilityVerifiedAt\n    sustainabilityVerifiedUntil\n    sustainabilityVerifications {\n      id\n      verifiedAt\n      validUntil\n      note\n      renewableElectricityShare\n      thirdPartyVerifiedMaterialShare\n      recycledContentShare\n      traceability\n      sourcesFromProtectedArea\n      evidence {\n        title\n        url\n        documentId\n        sha256\n        document {\n          id\n          filename\n          size\n          downloadUrl\n        }\n      }\n      verifiedBy {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SustainabilityPanelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySustainability(\n    $id: ID!\n    $input: SustainabilityInput!\n    $evidence: [EvidenceInput!]!\n    $note: String\n  ) {\n    verifySustainability(supplierId: $id, input: $input, evidence: $evidence, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').VerifySustainabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThirdPartyPanel on Supplier {\n    id\n    thirdPartyAssessments {\n      id\n      scheme\n      schemeName\n      assessedAt\n      validUntil\n      expired\n      reference\n      assessor\n      importedAt\n      importedBy {\n        name\n      }\n      withdrawnAt\n      withdrawReason\n      withdrawnBy {\n        name\n      }\n      areaScores {\n        area\n        score\n        basis\n      }\n      reportDocument {\n        id\n        filename\n        size\n        downloadUrl\n      }\n    }\n  }\n"): typeof import('./graphql').ThirdPartyPanelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportThirdPartyAssessment($supplierId: ID!, $input: ThirdPartyAssessmentInput!) {\n    importThirdPartyAssessment(supplierId: $supplierId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ImportThirdPartyAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawThirdPartyAssessment($id: ID!, $reason: String!) {\n    withdrawThirdPartyAssessment(id: $id, reason: $reason) {\n      id\n      withdrawnAt\n    }\n  }\n"): typeof import('./graphql').WithdrawThirdPartyAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProtectedAreaLists {\n    protectedAreaLists {\n      id\n      name\n      versions {\n        id\n        version\n        format\n        areaCount\n        sourceFilename\n        importedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ProtectedAreaListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProtectedAreasPage($state: ProtectedAreaFlagState, $after: String) {\n    protectedAreaFlags(state: $state, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          target\n          targetName\n          distanceKm\n          latitude\n          longitude\n          flaggedAt\n          clearedAt\n          clearanceNote\n          clearedBy {\n            name\n          }\n          evidence {\n            title\n            url\n            documentId\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n          area {\n            name\n            designation\n            shape\n          }\n          list {\n            name\n          }\n          supplier {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProtectedAreasPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportProtectedAreas($listName: String!, $documentId: ID!, $dryRun: Boolean!) {\n    importProtectedAreas(listName: $listName, documentId: $documentId, dryRun: $dryRun) {\n      rows\n      applied\n      inserted\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportProtectedAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearProtectedAreaFlag($id: ID!, $note: String!, $evidence: [EvidenceInput!]!) {\n    clearProtectedAreaFlag(id: $id, note: $note, evidence: $evidence) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ClearProtectedAreaFlagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningLists {\n    screeningLists {\n      kind\n      currentVersion {\n        id\n        number\n      }\n      versions {\n        id\n        number\n        entryCount\n        importedAt\n        sourceFilename\n        importedBy {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScreeningListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningHitsPage($state: ScreeningHitState, $after: String) {\n    screeningHits(state: $state, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          kind\n          field\n          matchedValue\n          nodeName\n          explanation\n          foundAt\n          node {\n            id\n            mapId\n            categoryId\n          }\n          supplier {\n            id\n            name\n          }\n          listVersion {\n            number\n          }\n          rebuttals {\n            id\n            state\n            reason\n            expiresAt\n            recordedAt\n            recordedBy {\n              id\n              name\n            }\n            decidedAt\n            decidedBy {\n              name\n            }\n            decisionNote\n            evidence {\n              title\n              url\n              documentId\n              document {\n                id\n                filename\n                size\n                downloadUrl\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScreeningHitsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportScreeningList($kind: ScreeningListKind!, $documentId: ID!, $dryRun: Boolean!) {\n    importScreeningList(kind: $kind, documentId: $documentId, dryRun: $dryRun) {\n      hitsFound\n      hitsKept\n      hitsCleared\n      version {\n        number\n      }\n      report {\n        rows\n        applied\n        errors {\n          row\n          column\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImportScreeningListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordScreeningRebuttal($input: ScreeningRebuttalInput!) {\n    recordScreeningRebuttal(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').RecordScreeningRebuttalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveScreeningRebuttal($id: ID!, $note: String) {\n    approveScreeningRebuttal(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ApproveScreeningRebuttalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectScreeningRebuttal($id: ID!, $reason: String!) {\n    rejectScreeningRebuttal(id: $id, reason: $reason) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').RejectScreeningRebuttalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyChainCardTierSets {\n    supplyChainTierSets {\n      id\n      name\n      categories {\n        categoryId\n      }\n    }\n  }\n"): typeof import('./graphql').SupplyChainCardTierSetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyChainCardMaps($supplierId: ID!) {\n    supplier(id: $supplierId) {\n      id\n      supplyChainMaps {\n        id\n        category {\n          id\n        }\n        traceability {\n          level\n          coverage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplyChainCardMapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyChainMapPage($supplierId: ID!, $categoryId: ID!) {\n    supplier(id: $supplierId) {\n      id\n      name\n      archived\n      materialCategories {\n        id\n        code\n        name\n      }\n      supplyChain(categoryId: $categoryId) {\n        id\n        version\n        updatedAt\n        coverage\n        category {\n          id\n          name\n        }\n        traceability {\n          level\n          declaredLevel\n          basis\n          coverage\n          explanation\n          originTier\n          pathCount\n          originPathCount\n          verifiedPathCount\n        }\n        tierSet {\n          id\n          name\n          tiers {\n            id\n            code\n            name\n            position\n          }\n        }\n        nodes {\n          id\n          name\n          isRoot\n          tierId\n          tier {\n            id\n            name\n            position\n          }\n          country\n          region\n          address\n          latitude\n          longitude\n        }\n        links {\n          id\n          upstreamNodeId\n          downstreamNodeId\n          custody\n          state\n          verifiedAt\n          verifiedBy {\n            name\n          }\n          verificationNote\n          evidence {\n            documentId\n            kind\n            reference\n            sha256\n            document {\n              id\n              filename\n              size\n              downloadUrl\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplyChainMapPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyChainMapHits($supplierId: ID!) {\n    screeningHits(supplierId: $supplierId, state: OPEN, first: 100) {\n      edges {\n        node {\n          id\n          state\n          kind\n          explanation\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplyChainMapHitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyChainMapFlags($supplierId: ID!) {\n    protectedAreaFlags(supplierId: $supplierId, state: OPEN, first: 100) {\n      edges {\n        node {\n          id\n          state\n          nodeId\n          distanceKm\n          area {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplyChainMapFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupplyChainMap($supplierId: ID!, $categoryId: ID!) {\n    createSupplyChainMap(supplierId: $supplierId, categoryId: $categoryId) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CreateSupplyChainMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSupplyChainNode($mapId: ID!, $expectedVersion: Int!, $input: SupplyChainNodeInput!) {\n    addSupplyChainNode(mapId: $mapId, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AddSupplyChainNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupplyChainNode($id: ID!, $expectedVersion: Int!, $input: SupplyChainNodeInput!) {\n    updateSupplyChainNode(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateSupplyChainNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSupplyChainNode($id: ID!, $expectedVersion: Int!) {\n    removeSupplyChainNode(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RemoveSupplyChainNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSupplyChainLink($mapId: ID!, $expectedVersion: Int!, $input: SupplyChainLinkInput!) {\n    addSupplyChainLink(mapId: $mapId, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AddSupplyChainLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupplyChainLink(\n    $id: ID!\n    $expectedVersion: Int!\n    $input: SupplyChainLinkUpdateInput!\n  ) {\n    updateSupplyChainLink(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateSupplyChainLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSupplyChainLink($id: ID!, $expectedVersion: Int!) {\n    removeSupplyChainLink(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RemoveSupplyChainLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySupplyChainLink(\n    $id: ID!\n    $expectedVersion: Int!\n    $evidence: [LinkEvidenceInput!]!\n    $note: String\n  ) {\n    verifySupplyChainLink(\n      id: $id\n      expectedVersion: $expectedVersion\n      evidence: $evidence\n      note: $note\n    ) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').VerifySupplyChainLinkDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
