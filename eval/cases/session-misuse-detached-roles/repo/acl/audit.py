from acl.models import User

SENSITIVE = {"billing:refund", "users:impersonate", "db:export"}


def effective_permissions(user: User) -> set[str]:
    if user.disabled:
        return set()
    return {perm for role in user.roles for perm in role.permissions}


def audit_line(user: User) -> str:
    perms = effective_permissions(user)
    flagged = sorted(perms & SENSITIVE)
    marker = "  !! " + ", ".join(flagged) if flagged else ""
    return f"{user.username:<12} {len(perms):>3} permissions{marker}"
