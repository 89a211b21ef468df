using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forgejo.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class v14a_createuserandrepository : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "user",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    lower_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    full_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    passwd = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    passwd_hash_algo = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    salt = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    is_admin = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    prohibit_login = table.Column<bool>(type: "INTEGER", nullable: false),
                    must_change_password = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_unix = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_unix = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "access_token",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    uid = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    token_salt = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    token_last_eight = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    created_unix = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_unix = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_token", x => x.id);
                    table.ForeignKey(
                        name: "FK_access_token_user_uid",
                        column: x => x.uid,
                        principalTable: "user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "repository",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    owner_id = table.Column<long>(type: "INTEGER", nullable: false),
                    owner_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    lower_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    is_private = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_unix = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_unix = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repository", x => x.id);
                    table.ForeignKey(
                        name: "FK_repository_user_owner_id",
                        column: x => x.owner_id,
                        principalTable: "user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IDX_access_token_token_last_eight",
                table: "access_token",
                column: "token_last_eight");

            migrationBuilder.CreateIndex(
                name: "IDX_access_token_uid",
                table: "access_token",
                column: "uid");

            migrationBuilder.CreateIndex(
                name: "UQE_access_token_token_hash",
                table: "access_token",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UQE_repository_s",
                table: "repository",
                columns: new[] { "owner_id", "lower_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UQE_user_lower_name",
                table: "user",
                column: "lower_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UQE_user_name",
                table: "user",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_token");

            migrationBuilder.DropTable(
                name: "repository");

            migrationBuilder.DropTable(
                name: "user");
        }
    }
}
