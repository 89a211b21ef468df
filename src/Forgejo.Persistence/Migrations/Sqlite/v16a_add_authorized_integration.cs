using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forgejo.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class v16a_add_authorized_integration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "authorized_integration",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    scope = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    resource_all_repos = table.Column<bool>(type: "INTEGER", nullable: false),
                    issuer = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    claim_rules = table.Column<string>(type: "text", nullable: false),
                    ui = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false, defaultValue: "generic"),
                    created_unix = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_unix = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authorized_integration", x => x.id);
                    table.ForeignKey(
                        name: "FK_authorized_integration_user_user_id",
                        column: x => x.user_id,
                        principalTable: "user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "authorized_integ_resource_repo",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    integ_id = table.Column<long>(type: "INTEGER", nullable: false),
                    repo_id = table.Column<long>(type: "INTEGER", nullable: false),
                    created_unix = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authorized_integ_resource_repo", x => x.id);
                    table.ForeignKey(
                        name: "FK_authorized_integ_resource_repo_authorized_integration_integ_id",
                        column: x => x.integ_id,
                        principalTable: "authorized_integration",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_authorized_integ_resource_repo_repository_repo_id",
                        column: x => x.repo_id,
                        principalTable: "repository",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IDX_authorized_integ_resource_repo_integ_id",
                table: "authorized_integ_resource_repo",
                column: "integ_id");

            migrationBuilder.CreateIndex(
                name: "IDX_authorized_integ_resource_repo_repo_id",
                table: "authorized_integ_resource_repo",
                column: "repo_id");

            migrationBuilder.CreateIndex(
                name: "IDX_authorized_integration_user_id",
                table: "authorized_integration",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "UQE_authorized_integration_s",
                table: "authorized_integration",
                columns: new[] { "issuer", "audience" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "authorized_integ_resource_repo");

            migrationBuilder.DropTable(
                name: "authorized_integration");
        }
    }
}
