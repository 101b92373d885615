# English — admin.ftl
# Strings of the capability in src/admin/ and templates/admin/.

err-setup-token = The setup code is wrong or has expired. Restart the server to get a new one.
setup-title = Create the first operator account
setup-intro = Enter the setup code from the server console and choose your login details.
setup-submit = Create account
label-setup-token = Setup code
hint-setup-token = You will find it in the console where you started the server. It is valid for one hour.
admin-title = Running this installation
admin-intro = As the operator, you create neighbourhoods and choose their first coordinator. You cannot see the private content of the neighbourhoods.
admin-create = Create a new neighbourhood
admin-create-submit = Create neighbourhood
label-slug = Address (/n/…)
label-timezone = Time zone
hint-timezone = Usually Europe/Berlin.
label-coordinator-email = Email address of the first coordinator (optional)
notice-nb-created = The neighbourhood has been created.
