#!/usr/bin/env bash
export OS_AUTH_URL=https://keystone.example.org:5000/v3
export OS_PROJECT_NAME="web team"
export OS_USERNAME='alice'
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_DOMAIN_ID=default
export OS_REGION_NAME=RegionOne
export OS_INTERFACE=public
export OS_IDENTITY_API_VERSION=3
unset OS_TENANT_ID
echo "Please enter your OpenStack Password for project $OS_PROJECT_NAME as user $OS_USERNAME: "
read -sr OS_PASSWORD_INPUT
export OS_PASSWORD=$OS_PASSWORD_INPUT
