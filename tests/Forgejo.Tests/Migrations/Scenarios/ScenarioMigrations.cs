using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forgejo.Tests.Migrations.Scenarios;

[DbContext(typeof(OrderingScenario)), Migration("v16a_add_authorized_integration")]
public sealed class OrderingScenario_v16a_add_authorized_integration : LoggedMigration;

[DbContext(typeof(OrderingScenario)), Migration("v16a_add-actions-task-token-scope")]
public sealed class OrderingScenario_v16a_add_actions_task_token_scope : LoggedMigration;

[DbContext(typeof(OrderingScenario)), Migration("v14a_actions-approval-and-trust")]
public sealed class OrderingScenario_v14a_actions_approval_and_trust : LoggedMigration;

[DbContext(typeof(OrderingScenario)), Migration("v100a_future")]
public sealed class OrderingScenario_v100a_future : LoggedMigration;

[DbContext(typeof(OrderingScenario)), Migration("v16a_add.x")]
public sealed class OrderingScenario_v16a_add_x : LoggedMigration;

[DbContext(typeof(OrderingScenario)), Migration("v14a_add_zeta")]
public sealed class OrderingScenario_v14a_add_zeta : LoggedMigration;

[DbContext(typeof(OrderingScenario)), Migration("v14a_add-action_task-index")]
public sealed class OrderingScenario_v14a_add_action_task_index : LoggedMigration;

[DbContext(typeof(OrderingScenario)), Migration("v16b_Upper")]
public sealed class OrderingScenario_v16b_Upper : LoggedMigration;

[DbContext(typeof(ReleaseOne)), Migration("v14a_one")]
public sealed class ReleaseOne_v14a_one : LoggedMigration;

[DbContext(typeof(ReleaseOne)), Migration("v16a_three")]
public sealed class ReleaseOne_v16a_three : LoggedMigration;

[DbContext(typeof(ReleaseTwo)), Migration("v14a_one")]
public sealed class ReleaseTwo_v14a_one : LoggedMigration;

[DbContext(typeof(ReleaseTwo)), Migration("v15a_two")]
public sealed class ReleaseTwo_v15a_two : LoggedMigration;

[DbContext(typeof(ReleaseTwo)), Migration("v16a_three")]
public sealed class ReleaseTwo_v16a_three : LoggedMigration;

[DbContext(typeof(ManyMigrations)), Migration("v20a_step")]
public sealed class ManyMigrations_v20a_step : LoggedMigration;

[DbContext(typeof(ManyMigrations)), Migration("v20b_step")]
public sealed class ManyMigrations_v20b_step : LoggedMigration;

[DbContext(typeof(ManyMigrations)), Migration("v20c_step")]
public sealed class ManyMigrations_v20c_step : LoggedMigration;

[DbContext(typeof(ManyMigrations)), Migration("v20d_step")]
public sealed class ManyMigrations_v20d_step : LoggedMigration;

[DbContext(typeof(ManyMigrations)), Migration("v20e_step")]
public sealed class ManyMigrations_v20e_step : LoggedMigration;

[DbContext(typeof(ManyMigrations)), Migration("v20f_step")]
public sealed class ManyMigrations_v20f_step : LoggedMigration;

[DbContext(typeof(ManyMigrations)), Migration("v20g_step")]
public sealed class ManyMigrations_v20g_step : LoggedMigration;

[DbContext(typeof(ManyMigrations)), Migration("v20h_step")]
public sealed class ManyMigrations_v20h_step : LoggedMigration;

[DbContext(typeof(MalformedIdScenario)), Migration("v12_neat_migration")]
public sealed class MalformedIdScenario_v12_neat_migration : LoggedMigration;

[DbContext(typeof(ReleaseTwoBroken)), Migration("v14a_one")]
public sealed class ReleaseTwoBroken_v14a_one : LoggedMigration;

[DbContext(typeof(ReleaseTwoBroken)), Migration("v15a_two")]
public sealed class ReleaseTwoBroken_v15a_two : FailingMigration;

[DbContext(typeof(ReleaseTwoBroken)), Migration("v16a_three")]
public sealed class ReleaseTwoBroken_v16a_three : LoggedMigration;

[DbContext(typeof(DuplicateIdScenario)), Migration("v14a_same")]
public sealed class DuplicateIdScenario_v14a_same : LoggedMigration;

[DbContext(typeof(DuplicateIdScenario)), Migration("v14a_same")]
public sealed class DuplicateIdScenario_v14a_same_again : LoggedMigration;
