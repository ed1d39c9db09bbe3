#!/usr/bin/env python3
"""Derives the cluster realm (realm-modernization.json, next to this script) from the local demo
realm (deploy/keycloak/realm-modernization.json), so that roles, mappers and the user profile are
kept in one place. The cluster realm differs in exactly these ways:

- no human `users` (the demo accounts and their public password); only service-account users
  (those with `serviceAccountClientId`) are kept, because they carry the client's realm roles:
  `service-account-partner-portal` is the only holder of `partner-app`, so dropping it would leave
  the partner app without its role. Any `credentials` on them are removed (a service account
  authenticates with its client's secret, never with a password),
- no `modernization-cli` client (password grant), no test-only clients (`token-expiry-probe`,
  `no-audience-probe`) and no demo ministry systems (`mop-krg-system`, `mop-fed-system`, with their
  service-account users): a deployment registers each real ministry's system client itself, with
  its secret in a Secret,
- the `partner-portal` secret is the placeholder ${PARTNER_PORTAL_CLIENT_SECRET}, which Keycloak
  resolves from its environment (a Secret) when it imports the realm,
- the `swagger-ui` redirect URIs and web origin are the gateway's public URL, the placeholder
  ${GATEWAY_PUBLIC_URL} (a ConfigMap value set by each overlay),
- no demo markers in `attributes`.

Run it after changing the demo realm:   python3 deploy/k8s/base/keycloak/derive-realm.py
Check that the file is up to date:       python3 deploy/k8s/base/keycloak/derive-realm.py --check
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
DEMO = HERE.parents[2] / "keycloak" / "realm-modernization.json"
TARGET = HERE / "realm-modernization.json"

DROPPED_CLIENTS = {"modernization-cli", "token-expiry-probe", "no-audience-probe", "mop-krg-system", "mop-fed-system"}
GATEWAY = "${GATEWAY_PUBLIC_URL}"


def derive(realm):
    realm["users"] = [u for u in realm.get("users", [])
                      if u.get("serviceAccountClientId") and u["serviceAccountClientId"] not in DROPPED_CLIENTS]
    for user in realm["users"]:
        user.pop("credentials", None)
    if not realm["users"]:
        realm.pop("users")
    realm["clients"] = [c for c in realm["clients"] if c["clientId"] not in DROPPED_CLIENTS]
    for client in realm["clients"]:
        if client["clientId"] == "partner-portal":
            client["secret"] = "${PARTNER_PORTAL_CLIENT_SECRET}"
        if client["clientId"] == "swagger-ui":
            client["redirectUris"] = [GATEWAY + "/q/swagger-ui/*"]
            client["webOrigins"] = [GATEWAY]
            client.setdefault("attributes", {})["post.logout.redirect.uris"] = GATEWAY + "/q/swagger-ui/*"
    attributes = {k: v for k, v in realm.get("attributes", {}).items() if not k.startswith("localDemo")}
    if attributes:
        realm["attributes"] = attributes
    else:
        realm.pop("attributes", None)
    return realm


def main():
    text = json.dumps(derive(json.loads(DEMO.read_text(encoding="utf-8"))), indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv[1:]:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            sys.exit(f"{TARGET} is out of date: run python3 {pathlib.Path(__file__)}")
        return
    TARGET.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
