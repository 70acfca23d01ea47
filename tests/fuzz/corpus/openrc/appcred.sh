export OS_AUTH_TYPE=v3applicationcredential
export OS_AUTH_URL=http://127.0.0.1:5000/v3
export OS_APPLICATION_CREDENTIAL_ID=21dced0fd20347869b93710d2b98aae0
export OS_APPLICATION_CREDENTIAL_SECRET=secret
export OS_CLOUD=lab
if [ -z "$X" ]; then source other.sh; fi
