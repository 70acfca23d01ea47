# my lab
OS_AUTH_URL=https://keystone.lab.example:5000/v3   # trailing comment
export OS_USERNAME='bob' OS_PROJECT_NAME=ops
export OS_PASSWORD="pa\"ss \$word 42"
export OS_USER_DOMAIN_NAME=Default OS_PROJECT_DOMAIN_NAME=$OS_USER_DOMAIN_NAME
export OS_REGION_NAME=${LAB_REGION}
export OS_ENDPOINT_TYPE=internalURL
export OS_CACERT=$HOME/lab-ca.pem
export OS_TENANT_NAME=$(cat /etc/tenant)
source ~/.lab-extra
export OS_IDENTITY_API_VERSION=3
