<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AkSkAuth</name>
    <message>
        <source>AK/SK signing is limited to 12 MB per request; use a password or application-credential profile, or the IMS OBS method.</source>
        <translation>La firma AK/SK admite como máximo 12 MB por solicitud; use un perfil con contraseña o con credencial de aplicación, o el método de IMS desde OBS.</translation>
    </message>
    <message>
        <source>no secret key is stored for this profile</source>
        <translation>no hay ninguna clave secreta guardada para este perfil</translation>
    </message>
    <message>
        <source>the profile has no access key (AK)</source>
        <translation>el perfil no tiene clave de acceso (AK)</translation>
    </message>
    <message>
        <source>no security token is stored for this temporary access key</source>
        <translation>no hay ningún token de seguridad guardado para esta clave de acceso temporal</translation>
    </message>
    <message>
        <source>the identity service knows no project named &quot;%1&quot;</source>
        <extracomment>%1 = a project name such as &quot;cn-north-4&quot;</extracomment>
        <translation>el servicio de identidad no conoce ningún proyecto llamado «%1»</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not connect to the cloud. Check the address and your network.</source>
        <translation>No se pudo conectar con la nube. Compruebe la dirección y su red.</translation>
    </message>
    <message>
        <source>The connection was lost before the cloud answered. The request may or may not have been carried out.</source>
        <translation>Se perdió la conexión antes de que la nube respondiera. Es posible que la solicitud se haya ejecutado o no.</translation>
    </message>
    <message>
        <source>The cloud did not answer in time. The request may or may not have been carried out.</source>
        <translation>La nube no respondió a tiempo. Es posible que la solicitud se haya ejecutado o no.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>User, password or project not accepted.</source>
        <translation>No se aceptó el usuario, la contraseña o el proyecto.</translation>
    </message>
    <message>
        <source>The cloud redirected the request; redirects are not followed for API calls.</source>
        <translation>La nube redirigió la solicitud; en las llamadas a la API no se siguen redirecciones.</translation>
    </message>
    <message>
        <source>The cloud sent an answer that could not be understood.</source>
        <translation>La nube envió una respuesta que no se pudo interpretar.</translation>
    </message>
    <message>
        <source>The cloud profile is incomplete: %1</source>
        <translation>El perfil de nube está incompleto: %1</translation>
    </message>
    <message>
        <source>You do not have the rights to perform this operation (HTTP 403).</source>
        <translation>No tiene permisos para realizar esta operación (HTTP 403).</translation>
    </message>
    <message>
        <source>The requested resource was not found (HTTP 404).</source>
        <translation>No se encontró el recurso solicitado (HTTP 404).</translation>
    </message>
    <message>
        <source>The cloud refused the request because of a conflict (HTTP 409).</source>
        <translation>La nube rechazó la solicitud debido a un conflicto (HTTP 409).</translation>
    </message>
    <message>
        <source>The cloud is limiting requests (HTTP 429). Try again later.</source>
        <translation>La nube está limitando las solicitudes (HTTP 429). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The cloud reported an internal error (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>La nube notificó un error interno (HTTP %1).</translation>
    </message>
    <message>
        <source>The cloud refused the request (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>La nube rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s error code, %3 = the cloud&apos;s message</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s own message, verbatim</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The secure connection failed: the cloud&apos;s certificate was not accepted.</source>
        <translation>La conexión segura falló: no se aceptó el certificado de la nube.</translation>
    </message>
    <message>
        <source>A file on this computer cannot be read: %1</source>
        <extracomment>%1 = which file and the file system&apos;s message</extracomment>
        <translation>No se puede leer un archivo de este equipo: %1</translation>
    </message>
    <message>
        <source>The job history on this computer cannot be written: %1</source>
        <extracomment>%1 = the file system&apos;s message</extracomment>
        <translation>No se puede escribir el historial de trabajos de este equipo: %1</translation>
    </message>
    <message>
        <source>The proxy refused the request: its user name and password are missing or not accepted (HTTP 407). Check the credentials in the proxy address (https_proxy, http_proxy or the profile&apos;s proxy).</source>
        <translation>El proxy rechazó la solicitud: faltan su nombre de usuario y contraseña o no se aceptaron (HTTP 407). Compruebe las credenciales de la dirección del proxy (https_proxy, http_proxy o el proxy del perfil).</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Creates private server images on Huawei Cloud IMS and OpenStack and follows their jobs to the end.</source>
        <translation>Crea imágenes privadas de servidores en Huawei Cloud IMS y OpenStack y sigue sus trabajos hasta el final.</translation>
    </message>
    <message>
        <source>User interface language for this run: %1.</source>
        <extracomment>Command line help. %1 = the language codes</extracomment>
        <translation>Idioma de la interfaz para esta ejecución: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <comment>command line value name</comment>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Render a view offscreen against the demo cloud, save it as a PNG file and exit.</source>
        <translation>Representa una vista fuera de pantalla con la nube de demostración, la guarda como archivo PNG y sale.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command line value name</comment>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The view to show: %1.</source>
        <extracomment>Command line help. %1 = the view names</extracomment>
        <translation>Vista que se mostrará: %1.</translation>
    </message>
    <message>
        <source>view</source>
        <comment>command line value name</comment>
        <translation>vista</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of language codes</extracomment>
        <translation>Idioma desconocido «%1». Disponibles: %2</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of views</extracomment>
        <translation>Vista desconocida «%1». Disponibles: %2</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Colours for this run: light (the system&apos;s) or dark.</source>
        <translation>Colores para esta ejecución: light (los del sistema) o dark.</translation>
    </message>
    <message>
        <source>palette</source>
        <comment>command line value name</comment>
        <translation>paleta</translation>
    </message>
    <message>
        <source>Unknown palette “%1”. Available: light, dark</source>
        <translation>Paleta desconocida «%1». Disponibles: light, dark</translation>
    </message>
</context>
<context>
    <name>BodyReader</name>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>«%1» debe ser una cadena de texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>«%1» debe ser un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <extracomment>%1 = a field of the request body; true and false are JSON words, not translated</extracomment>
        <translation>«%1» debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of objects.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>«%1» debe ser una lista de objetos.</translation>
    </message>
    <message>
        <source>Each entry of &quot;%1&quot; must be an object.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>Cada entrada de «%1» debe ser un objeto.</translation>
    </message>
    <message>
        <source>Use either tags or image_tags, not both.</source>
        <translation>Indique las etiquetas con tags o con image_tags, pero no con ambos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>«%1» debe ser una lista.</translation>
    </message>
</context>
<context>
    <name>CinderPage</name>
    <message>
        <source>The block storage service copies the volume into a new image. The volume is “uploading” meanwhile and goes back to its status when the image is done.</source>
        <translation>El servicio de almacenamiento en bloque copia el volumen en una imagen nueva. Mientras tanto el volumen está en «uploading» y vuelve a su estado cuando la imagen está lista.</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>1–%1 characters</source>
        <extracomment>%1 = the limit (255)</extracomment>
        <translation>De 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>&amp;Disk format:</source>
        <translation>&amp;Formato de disco:</translation>
    </message>
    <message>
        <source>C&amp;ontainer format:</source>
        <translation>F&amp;ormato de contenedor:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilidad:</translation>
    </message>
    <message>
        <source>private (default)</source>
        <comment>image visibility</comment>
        <translation>private (predeterminada)</translation>
    </message>
    <message>
        <source>&amp;Protected (cannot be deleted until unprotected)</source>
        <translation>&amp;Protegida (no se puede eliminar hasta quitar la protección)</translation>
    </message>
    <message>
        <source>For&amp;ce: upload although the volume is attached</source>
        <translation>&amp;Forzar: cargar aunque el volumen esté conectado</translation>
    </message>
    <message>
        <source>With force, the volume can be made into an image although it is attached to a server. Stop the OS first. A cloud may ignore force (it is an operator setting); then it refuses the request.</source>
        <translation>Con force, el volumen se puede convertir en imagen aunque esté conectado a un servidor. Detenga antes el sistema operativo. Una nube puede ignorar force (es un ajuste del operador); entonces rechaza la solicitud.</translation>
    </message>
    <message>
        <source>Before you make the image:</source>
        <translation>Antes de crear la imagen:</translation>
    </message>
    <message>
        <source>• CentOS, Ubuntu or Red Hat Enterprise Linux: there is work to do before the image is made. If the settings remain in the image, servers created from it cannot communicate over the network.</source>
        <translation>• CentOS, Ubuntu o Red Hat Enterprise Linux: hay trabajo que hacer antes de crear la imagen. Si la configuración queda en la imagen, los servidores creados a partir de ella no pueden comunicarse por la red.</translation>
    </message>
    <message>
        <source>• Windows: run Sysprep on the server before the image is made. Afterwards, restore the server&apos;s snapshot and restart the server.</source>
        <translation>• Windows: ejecute Sysprep en el servidor antes de crear la imagen. Después, restaure la instantánea del servidor y reinicie el servidor.</translation>
    </message>
    <message>
        <source>• If /etc/cloud/cloud.cfg does not have the following setting, create /etc/cloud/cloud.cfg.d/datasource.cfg and add it: datasource_list: [&apos;OpenStack&apos;]</source>
        <translation>• Si /etc/cloud/cloud.cfg no tiene el siguiente ajuste, cree /etc/cloud/cloud.cfg.d/datasource.cfg y añádalo: datasource_list: [&apos;OpenStack&apos;]</translation>
    </message>
    <message>
        <source>• Before you use the image, check that it exists, that its status is active and that it has no sync_status_reason. If it has one, delete the image and create it again. Imagewright checks this when the job ends.</source>
        <translation>• Antes de usar la imagen, compruebe que existe, que su estado es active y que no tiene sync_status_reason. Si lo tiene, elimine la imagen y vuelva a crearla. Imagewright lo comprueba cuando termina el trabajo.</translation>
    </message>
    <message>
        <source>• No marker can be added to this request: if the cloud&apos;s answer is lost, Imagewright finds the image by the volume, the image name and the time.</source>
        <translation>• A esta solicitud no se le puede añadir un marcador: si se pierde la respuesta de la nube, Imagewright encuentra la imagen por el volumen, el nombre de la imagen y la hora.</translation>
    </message>
    <message>
        <source>Volume</source>
        <comment>group box title: the volume the image is made from</comment>
        <translation>Volumen</translation>
    </message>
</context>
<context>
    <name>CinderUploadRequest</name>
    <message>
        <source>Enter a name for the image.</source>
        <translation>Escriba un nombre para la imagen.</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters; this one has %2.</source>
        <extracomment>%1 = the limit (255), %2 = the name&apos;s length</extracomment>
        <translation>El nombre puede tener como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>Choose the volume to make the image from.</source>
        <translation>Elija el volumen a partir del que se crea la imagen.</translation>
    </message>
    <message>
        <source>The block storage service uploads only an available volume, or an in-use one with force; this volume is %1.</source>
        <extracomment>%1 = the volume&apos;s status as Cinder reports it (error, uploading, ...)</extracomment>
        <translation>El servicio de almacenamiento en bloque solo carga un volumen available, o uno in-use con force; este volumen está en %1.</translation>
    </message>
    <message>
        <source>Force is only for a volume that is attached to a server (in-use).</source>
        <translation>force solo es para un volumen conectado a un servidor (in-use).</translation>
    </message>
    <message>
        <source>The volume is attached to a server (in-use): the block storage service uploads it only with force. Stop the OS first.</source>
        <translation>El volumen está conectado a un servidor (in-use): el servicio de almacenamiento en bloque solo lo carga con force. Detenga antes el sistema operativo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>«%1» no es uno de: %2.</translation>
    </message>
    <message>
        <source>FJcloud-O takes only %1 &quot;%2&quot;.</source>
        <extracomment>%1 = the field (disk_format or container_format), %2 = the only value allowed</extracomment>
        <translation>FJcloud-O solo admite %1 «%2».</translation>
    </message>
    <message>
        <source>This cloud&apos;s block storage API does not offer %1 (it needs microversion 3.1).</source>
        <extracomment>%1 = the field (visibility or protected)</extracomment>
        <translation>La API de almacenamiento en bloque de esta nube no ofrece %1 (necesita la microversión 3.1).</translation>
    </message>
    <message>
        <source>The body must be {&quot;os-volume_upload_image&quot;: {&quot;image_name&quot;: ..., ...}}.</source>
        <translation>El cuerpo debe ser {&quot;os-volume_upload_image&quot;: {&quot;image_name&quot;: ..., ...}}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <extracomment>%1 = a field name</extracomment>
        <translation>«%1» debe ser un texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <extracomment>%1 = a field name</extracomment>
        <translation>«%1» debe ser true o false.</translation>
    </message>
</context>
<context>
    <name>CloudPresets</name>
    <message>
        <source>Enter the identity service URL.</source>
        <translation>Introduzca la URL del servicio de identidad.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://, for example https://iam.eu-de.otc.t-systems.com/v3.</source>
        <translation>Introduzca una dirección web que empiece por https://, por ejemplo https://iam.eu-de.otc.t-systems.com/v3.</translation>
    </message>
    <message>
        <source>The identity URL must end with /v3 (Keystone version 3).</source>
        <translation>La URL de identidad debe terminar en /v3 (Keystone versión 3).</translation>
    </message>
    <message>
        <source>The identity URL must not have a query (?) or fragment (#) part.</source>
        <translation>La URL de identidad no debe tener una parte de consulta (?) ni de fragmento (#).</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the URL; use the fields below.</source>
        <translation>No incluya un nombre de usuario ni una contraseña en la URL; use los campos de abajo.</translation>
    </message>
    <message>
        <source>This address uses plain http: the password would travel unencrypted. Use https unless the cloud is on this computer.</source>
        <translation>Esta dirección usa http sin cifrar: la contraseña se enviaría sin cifrar. Use https, salvo que la nube esté en este equipo.</translation>
    </message>
    <message>
        <source>Enter a service type, for example compute or volumev3.</source>
        <translation>Introduzca un tipo de servicio, por ejemplo compute o volumev3.</translation>
    </message>
    <message>
        <source>A service type has no spaces, for example volumev3.</source>
        <translation>Un tipo de servicio no lleva espacios, por ejemplo volumev3.</translation>
    </message>
    <message>
        <source>This service type already has an override.</source>
        <translation>Este tipo de servicio ya tiene una sustitución.</translation>
    </message>
    <message>
        <source>Enter the endpoint URL to use for this service.</source>
        <translation>Introduzca la URL del punto de conexión que se usará para este servicio.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://, for example https://ims.eu-de.otc.t-systems.com.</source>
        <translation>Introduzca una dirección web que empiece por https://, por ejemplo https://ims.eu-de.otc.t-systems.com.</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <source>Demo cloud (local)</source>
        <translation>Nube de demostración (local)</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Open Telekom Cloud</source>
        <translation>Open Telekom Cloud</translation>
    </message>
    <message>
        <source>FUJITSU FJcloud-O</source>
        <translation>FUJITSU FJcloud-O</translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>Credencial de aplicación</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>Clave de acceso (AK/SK)</translation>
    </message>
</context>
<context>
    <name>CloudsYamlImport</name>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 = file path, %2 = the system&apos;s reason</extracomment>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4</source>
        <extracomment>%1 = file name, %2 = line, %3 = column, %4 = the YAML parser&apos;s own message (English)</extracomment>
        <translation>%1 no es un YAML válido (línea %2, columna %3): %4</translation>
    </message>
    <message>
        <source>%1 has no &quot;clouds:&quot; mapping of cloud names to their settings.</source>
        <extracomment>%1 = file name. &quot;clouds:&quot; is the file&apos;s key, not translated</extracomment>
        <translation>%1 no tiene una sección «clouds:» que asigne a cada nube sus ajustes.</translation>
    </message>
    <message>
        <source>No clouds.yaml found (searched: %1).</source>
        <extracomment>%1 = the folders searched</extracomment>
        <translation>No se encontró ningún clouds.yaml (se buscó en: %1).</translation>
    </message>
    <message>
        <source>OS_CLIENT_CONFIG_FILE names %1, which does not exist; the usual places were searched.</source>
        <extracomment>%1 = the path OS_CLIENT_CONFIG_FILE names</extracomment>
        <translation>OS_CLIENT_CONFIG_FILE indica %1, que no existe; se buscó en los lugares habituales.</translation>
    </message>
    <message>
        <source>OS_CLIENT_SECURE_FILE names %1, which does not exist.</source>
        <extracomment>%1 = the path OS_CLIENT_SECURE_FILE names</extracomment>
        <translation>OS_CLIENT_SECURE_FILE indica %1, que no existe.</translation>
    </message>
    <message>
        <source>%1 names no clouds.</source>
        <extracomment>%1 = file name</extracomment>
        <translation>%1 no define ninguna nube.</translation>
    </message>
    <message>
        <source>Its settings are not a mapping of keys to values.</source>
        <translation>Sus ajustes no son una asignación de claves a valores.</translation>
    </message>
    <message>
        <source>One of the %1 regions this cloud lists; each becomes its own profile.</source>
        <extracomment>%1 = number of regions listed for the cloud</extracomment>
        <translation>Una de las %1 regiones que indica esta nube; cada una se convierte en su propio perfil.</translation>
    </message>
    <message>
        <source>The vendor profile &quot;%1&quot; is not one Imagewright knows, and the file gives no auth_url.</source>
        <extracomment>%1 = the vendor profile&apos;s name (clouds.yaml &quot;profile:&quot;)</extracomment>
        <translation>Imagewright no conoce el perfil de proveedor «%1» y el archivo no indica auth_url.</translation>
    </message>
    <message>
        <source>The vendor profile &quot;%1&quot; is not one Imagewright knows: only the settings in the file are imported.</source>
        <translation>Imagewright no conoce el perfil de proveedor «%1»: solo se importan los ajustes del archivo.</translation>
    </message>
    <message>
        <source>Identity URL from the vendor profile &quot;%1&quot;: %2</source>
        <extracomment>%1 = vendor profile name, %2 = the identity URL</extracomment>
        <translation>URL de identidad del perfil de proveedor «%1»: %2</translation>
    </message>
    <message>
        <source>No auth_url: the file does not say where to sign in.</source>
        <translation>Falta auth_url: el archivo no indica dónde iniciar sesión.</translation>
    </message>
    <message>
        <source>Region %1 taken from the identity URL.</source>
        <extracomment>%1 = region</extracomment>
        <translation>La región %1 se tomó de la URL de identidad.</translation>
    </message>
    <message>
        <source>No region_name: this cloud needs a region.</source>
        <translation>Falta region_name: esta nube necesita una región.</translation>
    </message>
    <message>
        <source>identity_api_version %1: Imagewright needs Keystone v3.</source>
        <translation>identity_api_version %1: Imagewright necesita Keystone v3.</translation>
    </message>
    <message>
        <source>auth_type &quot;%1&quot; is not supported: Imagewright signs in with a password, an application credential or an access key (AK/SK).</source>
        <extracomment>%1 = the auth_type of the file, e.g. v3oidcpassword or token</extracomment>
        <translation>auth_type «%1» no es compatible: Imagewright inicia sesión con una contraseña, una credencial de aplicación o una clave de acceso (AK/SK).</translation>
    </message>
    <message>
        <source>It signs in with a token (auth.token): a token expires; Imagewright needs a password, an application credential or an access key.</source>
        <translation>Inicia sesión con un token (auth.token): un token caduca; Imagewright necesita una contraseña, una credencial de aplicación o una clave de acceso.</translation>
    </message>
    <message>
        <source>A system-scoped sign-in (system_scope) is not supported: Imagewright works in a project.</source>
        <translation>No se admite un inicio de sesión con ámbito de sistema (system_scope): Imagewright trabaja en un proyecto.</translation>
    </message>
    <message>
        <source>A trust (trust_id) is not supported.</source>
        <translation>No se admite una delegación de confianza (trust_id).</translation>
    </message>
    <message>
        <source>The user is given by user_id only; Imagewright needs the user name (username).</source>
        <translation>El usuario solo se indica con user_id; Imagewright necesita el nombre de usuario (username).</translation>
    </message>
    <message>
        <source>%1 %2: domains are given by name in Imagewright; add %3.</source>
        <extracomment>%1 = a key such as user_domain_id, %2 = its value, %3 = e.g. user_domain_name</extracomment>
        <translation>%1 %2: en Imagewright los dominios se indican por nombre; añada %3.</translation>
    </message>
    <message>
        <source>No username.</source>
        <translation>Falta username.</translation>
    </message>
    <message>
        <source>No project (project_name or project_id): Imagewright works in a project.</source>
        <translation>Falta el proyecto (project_name o project_id): Imagewright trabaja en un proyecto.</translation>
    </message>
    <message>
        <source>No application_credential_id or application_credential_name.</source>
        <translation>Falta application_credential_id o application_credential_name.</translation>
    </message>
    <message>
        <source>An application credential given by name needs the username of its owner.</source>
        <translation>Una credencial de aplicación indicada por nombre necesita el username de su propietario.</translation>
    </message>
    <message>
        <source>The access key (ak/sk) is imported too; the profile signs in with %1.</source>
        <translation>La clave de acceso (ak/sk) también se importa; el perfil inicia sesión con %1.</translation>
    </message>
    <message>
        <source>No secret in the files: Imagewright asks for it at the first sign-in.</source>
        <translation>No hay ningún secreto en los archivos: Imagewright lo pedirá al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; is none of public, internal, admin.</source>
        <extracomment>%1 = the file&apos;s interface value</extracomment>
        <translation>interface «%1» no es public, internal ni admin.</translation>
    </message>
    <message>
        <source>TLS certificates are not verified (verify: false): the profile is marked insecure.</source>
        <translation>Los certificados TLS no se verifican (verify: false): el perfil se marca como inseguro.</translation>
    </message>
    <message>
        <source>A client certificate (cert, key) is not supported and was left out: if the cloud requires it, signing in fails.</source>
        <translation>No se admite un certificado de cliente (cert, key) y se ha omitido: si la nube lo exige, el inicio de sesión fallará.</translation>
    </message>
    <message>
        <source>%1 was left out: placeholders such as %(project_id)s are not supported; enter the full address in the profile editor.</source>
        <extracomment>%1 = the key, e.g. compute_endpoint_override</extracomment>
        <translation>Se omitió %1: no se admiten marcadores como %(project_id)s; introduzca la dirección completa en el editor de perfiles.</translation>
    </message>
    <message>
        <source>%1 was left out: it is not an http(s) address.</source>
        <translation>Se omitió %1: no es una dirección http(s).</translation>
    </message>
    <message>
        <source>Left out: %1. Imagewright finds services in the catalog by their standard types and agrees API versions with the cloud itself.</source>
        <extracomment>%1 = keys such as image_api_version, compute_service_name</extracomment>
        <translation>Omitido: %1. Imagewright busca los servicios en el catálogo por sus tipos estándar y acuerda las versiones de la API con la nube.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the value on line %2 holds an alias of itself (a cycle).</source>
        <extracomment>%1 = file name, %2 = line. An alias (*name) and an anchor (&amp;name) are YAML&apos;s words</extracomment>
        <translation>No se puede leer %1: el valor de la línea %2 contiene un alias de sí mismo (un ciclo).</translation>
    </message>
    <message>
        <source>%1 cannot be read: its aliases expand to more than %3 values (line %2).</source>
        <extracomment>%1 = file name, %2 = line, %3 = a number of values</extracomment>
        <translation>No se puede leer %1: sus alias se expanden a más de %3 valores (línea %2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: its values are nested more than %3 levels deep (line %2).</source>
        <extracomment>%1 = file name, %2 = line, %3 = a number of levels</extracomment>
        <translation>No se puede leer %1: sus valores están anidados en más de %3 niveles (línea %2).</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration; %1 = seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration; %1 = minutes, %2 = seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration; %1 = hours, %2 = minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the cloud&apos;s (more than %2). Requests signed with an access key are refused beyond 15 minutes and token times are misjudged: correct the system clock.</source>
        <translation>El reloj de este equipo va %1 por detrás del de la nube (más de %2). Las solicitudes firmadas con una clave de acceso se rechazan a partir de 15 minutos y las horas de los tokens se calculan mal: corrija el reloj del sistema.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the cloud&apos;s (more than %2). Requests signed with an access key are refused beyond 15 minutes and token times are misjudged: correct the system clock.</source>
        <extracomment>%1 = how far ahead, e.g. &quot;12 min 5 s&quot;, %2 = the limit, e.g. &quot;5 min 0 s&quot;</extracomment>
        <translation>El reloj de este equipo va %1 por delante del de la nube (más de %2). Las solicitudes firmadas con una clave de acceso se rechazan a partir de 15 minutos y las horas de los tokens se calculan mal: corrija el reloj del sistema.</translation>
    </message>
    <message>
        <source>User, password or project not accepted. The identity service refused the sign-in (HTTP 401); Keystone answers the same way for wrong credentials and for a project (name, ID or domain) the user cannot use, so check both.</source>
        <translation>No se aceptó el usuario, la contraseña o el proyecto. El servicio de identidad rechazó el inicio de sesión (HTTP 401); Keystone responde igual ante credenciales erróneas y ante un proyecto (nombre, ID o dominio) que el usuario no puede usar, así que compruebe ambos.</translation>
    </message>
    <message>
        <source>%1 The cloud said: %2</source>
        <extracomment>%1 = the sentence above, %2 = the identity service&apos;s own message</extracomment>
        <translation>%1 La nube indicó: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2. Check the identity URL, the network, and any proxy or firewall.</source>
        <extracomment>%1 = host[:port], %2 = the system&apos;s reason (host not found, connection refused, ...)</extracomment>
        <translation>No se pudo conectar a %1: %2. Compruebe la URL de identidad, la red y cualquier proxy o cortafuegos.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>The identity service at %1 did not answer. Check the identity URL, the network, and any proxy or firewall.</source>
        <extracomment>%1 = host[:port]</extracomment>
        <translation>El servicio de identidad en %1 no respondió. Compruebe la URL de identidad, la red y cualquier proxy o cortafuegos.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the cloud uses a private certificate authority, choose its CA bundle file under the profile&apos;s certificate checks.</source>
        <extracomment>%1 = host[:port], %2 = why (e.g. &quot;The certificate is self-signed, and untrusted (certificate “x”, SHA-256 fingerprint AB:…)&quot;)</extracomment>
        <translation>La conexión segura con %1 falló: %2. Si la nube usa una autoridad de certificación privada, elija su archivo de paquete de CA en la comprobación de certificados del perfil.</translation>
    </message>
    <message>
        <source>the certificate was not accepted</source>
        <translation>no se aceptó el certificado</translation>
    </message>
    <message>
        <source>The identity URL %1 answered “not found” (HTTP 404): check that it is the Keystone (IAM) address ending with /v3.</source>
        <extracomment>%1 = the identity URL</extracomment>
        <translation>La URL de identidad %1 respondió «no encontrado» (HTTP 404): compruebe que sea la dirección de Keystone (IAM) terminada en /v3.</translation>
    </message>
</context>
<context>
    <name>CreateImageWizard</name>
    <message>
        <source>Create Image</source>
        <translation>Crear imagen</translation>
    </message>
</context>
<context>
    <name>CreationMethods</name>
    <message>
        <source>System disk image from an ECS</source>
        <translation>Imagen de disco del sistema de un ECS</translation>
    </message>
    <message>
        <source>Data disk images from an ECS&apos;s data disks</source>
        <translation>Imágenes de disco de datos de un ECS</translation>
    </message>
    <message>
        <source>Image from an external image file in an OBS bucket</source>
        <translation>Imagen a partir de un archivo de imagen externo en un bucket de OBS</translation>
    </message>
    <message>
        <source>System disk image from a data disk</source>
        <translation>Imagen de disco del sistema a partir de un disco de datos</translation>
    </message>
    <message>
        <source>Image of a server (Nova createImage)</source>
        <translation>Imagen de un servidor (Nova createImage)</translation>
    </message>
    <message>
        <source>Image from a volume (Cinder upload to image)</source>
        <translation>Imagen a partir de un volumen (Cinder: carga en una imagen)</translation>
    </message>
    <message>
        <source>Create image metadata and upload an image file (Glance)</source>
        <translation>Crear imagen en Glance (metadatos de la imagen y carga de un archivo de imagen)</translation>
    </message>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Stop the ECS first for a consistent image.</source>
        <translation>IMS crea una imagen privada del disco del sistema del ECS. Para obtener una imagen coherente, detenga antes el ECS.</translation>
    </message>
    <message>
        <source>IMS makes one data disk image from each selected data disk of an ECS.</source>
        <translation>IMS crea una imagen de disco de datos a partir de cada disco de datos seleccionado de un ECS.</translation>
    </message>
    <message>
        <source>IMS imports an external image file that you uploaded to an OBS bucket.</source>
        <translation>IMS importa un archivo de imagen externo que se ha cargado en un bucket de OBS.</translation>
    </message>
    <message>
        <source>IMS makes a system disk image from a data disk that holds an installed OS.</source>
        <translation>IMS crea una imagen de disco del sistema a partir de un disco de datos con un sistema operativo instalado.</translation>
    </message>
    <message>
        <source>The compute service snapshots a server into a new image.</source>
        <translation>El servicio de cómputo crea una nueva imagen a partir de una instantánea de un servidor.</translation>
    </message>
    <message>
        <source>The block storage service copies a volume into a new image.</source>
        <translation>El servicio de almacenamiento en bloque copia un volumen en una nueva imagen.</translation>
    </message>
    <message>
        <source>Creates the image metadata, then uploads a local image file.</source>
        <translation>Crea los metadatos de la imagen y, a continuación, carga un archivo de imagen local.</translation>
    </message>
    <message>
        <source>Image from a local file (via OBS)</source>
        <translation>Imagen desde un archivo local (a través de OBS)</translation>
    </message>
    <message>
        <source>Uploads a local image file to an OBS bucket (resumable), then IMS imports it.</source>
        <translation>Carga un archivo de imagen local en un bucket de OBS (se puede reanudar) y luego IMS lo importa.</translation>
    </message>
</context>
<context>
    <name>DemoCloudLauncher</name>
    <message>
        <source>The demo cloud could not be started (%1).</source>
        <extracomment>%1 = path of the demo cloud program</extracomment>
        <translation>No se pudo iniciar la nube de demostración (%1).</translation>
    </message>
    <message>
        <source>The demo cloud did not start in time.</source>
        <translation>La nube de demostración no se inició a tiempo.</translation>
    </message>
    <message>
        <source>The demo cloud printed an unexpected first line.</source>
        <translation>La nube de demostración escribió una primera línea inesperada.</translation>
    </message>
    <message>
        <source>The demo cloud stopped unexpectedly.</source>
        <translation>La nube de demostración se detuvo inesperadamente.</translation>
    </message>
    <message>
        <source>The demo cloud could not start (exit code %1).</source>
        <extracomment>%1 = exit code</extracomment>
        <translation>La nube de demostración no pudo iniciarse (código de salida %1).</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Imagewright</source>
        <translation>Le damos la bienvenida a Imagewright</translation>
    </message>
    <message>
        <source>There is no cloud profile yet. The demo cloud runs on this computer and answers like Huawei Cloud IMS and OpenStack Nova, Cinder and Glance. It makes no real images and needs no account.</source>
        <translation>Todavía no hay ningún perfil de nube. La nube de demostración se ejecuta en este equipo y responde como Huawei Cloud IMS y OpenStack Nova, Cinder y Glance. No crea imágenes reales y no necesita ninguna cuenta.</translation>
    </message>
    <message>
        <source>Demo cloud (local)</source>
        <translation>Nube de demostración (local)</translation>
    </message>
    <message>
        <source>Start the bundled demo cloud and try every step with it.</source>
        <translation>Inicie la nube de demostración incluida y pruebe con ella cada paso.</translation>
    </message>
    <message>
        <source>Profiles for real clouds (Huawei Cloud, Open Telekom Cloud, FJcloud-O, OpenStack) come with the profile editor.</source>
        <translation>Los perfiles para nubes reales (Huawei Cloud, Open Telekom Cloud, FJcloud-O, OpenStack) llegarán con el editor de perfiles.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Add a Cloud Profile…</source>
        <translation>&amp;Añadir un perfil de nube…</translation>
    </message>
</context>
<context>
    <name>GlanceCreateRequest</name>
    <message>
        <source>Enter a name for the image.</source>
        <translation>Introduzca un nombre para la imagen.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>El nombre puede tener como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>The name may not start or end with a space.</source>
        <translation>El nombre no puede empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>The name may not contain control characters such as tabs or line breaks.</source>
        <translation>El nombre no puede contener caracteres de control como tabulaciones o saltos de línea.</translation>
    </message>
    <message>
        <source>Write the tag &quot;%1&quot; as key=value, e.g. &quot;tagkey=tagvalue&quot;.</source>
        <extracomment>%1 = the tag as typed; key=value is the document&apos;s form, keep it untranslated</extracomment>
        <translation>Escriba la etiqueta &quot;%1&quot; como key=value, p. ej. &quot;tagkey=tagvalue&quot;.</translation>
    </message>
    <message>
        <source>Choose the disk format of the image file.</source>
        <translation>Elija el formato de disco del archivo de imagen.</translation>
    </message>
    <message>
        <source>The disk format &quot;%1&quot; is not accepted here. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>El formato de disco &quot;%1&quot; no se acepta aquí. Use uno de: %2.</translation>
    </message>
    <message>
        <source>Choose the container format.</source>
        <translation>Elija el formato de contenedor.</translation>
    </message>
    <message>
        <source>The container format &quot;%1&quot; is not accepted here. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>El formato de contenedor &quot;%1&quot; no se acepta aquí. Use uno de: %2.</translation>
    </message>
    <message>
        <source>The minimum disk must be %1 to %2 GB (now %3): the smallest disk, in GB, a server needs to boot this image.</source>
        <extracomment>%1, %2 = the range in GB; %3 = the value given</extracomment>
        <translation>El tamaño mínimo del disco debe ser de %1 a %2 GB (ahora %3): el disco más pequeño, en GB, que necesita un servidor para arrancar esta imagen.</translation>
    </message>
    <message>
        <source>The minimum disk cannot be negative.</source>
        <translation>El tamaño mínimo del disco no puede ser negativo.</translation>
    </message>
    <message>
        <source>The minimum memory cannot be negative.</source>
        <translation>La memoria mínima no puede ser negativa.</translation>
    </message>
    <message>
        <source>Image metadata can only be created with the visibility &quot;private&quot;.</source>
        <translation>Los metadatos de la imagen solo se pueden crear con la visibilidad &quot;private&quot;.</translation>
    </message>
    <message>
        <source>The visibility &quot;%1&quot; is not accepted. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>La visibilidad &quot;%1&quot; no se acepta. Use una de: %2.</translation>
    </message>
    <message>
        <source>Enter the tag or remove the empty one.</source>
        <translation>Introduzca la etiqueta o elimine la vacía.</translation>
    </message>
    <message>
        <source>A tag can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>Una etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is given twice.</source>
        <translation>La etiqueta &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>The OS version can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>La versión del sistema operativo puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The OS version may not start or end with a space or contain control characters.</source>
        <translation>La versión del sistema operativo no puede empezar ni terminar con un espacio ni contener caracteres de control.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a UUID such as 4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86, or be left out (Imagewright then chooses one).</source>
        <translation>&quot;id&quot; debe ser un UUID como 4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86, o omitirse (Imagewright elige uno entonces).</translation>
    </message>
    <message>
        <source>No OS version is set, so the cloud uses &quot;%1&quot;. Then it is not guaranteed that servers can be created from this image or work normally.</source>
        <extracomment>%1 = the default OS version, &quot;Other Linux (64 bit)&quot; (seed 003; keep it untranslated)</extracomment>
        <translation>No se ha indicado la versión del sistema operativo, así que la nube usa &quot;%1&quot;. Entonces no se garantiza que se puedan crear servidores a partir de esta imagen ni que funcionen con normalidad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <extracomment>%1 = a JSON key</extracomment>
        <translation>&quot;%1&quot; debe ser un texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <extracomment>%1 = a JSON key</extracomment>
        <translation>&quot;%1&quot; debe ser un número entero.</translation>
    </message>
    <message>
        <source>&quot;protected&quot; must be true or false.</source>
        <translation>&quot;protected&quot; (protegida) debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of texts.</source>
        <translation>&quot;tags&quot; (etiquetas) debe ser una lista de textos.</translation>
    </message>
    <message>
        <source>A tag must be a text.</source>
        <translation>Una etiqueta debe ser un texto.</translation>
    </message>
</context>
<context>
    <name>GlancePage</name>
    <message>
        <source>Choose the Image File</source>
        <translation>Elegir el archivo de imagen</translation>
    </message>
    <message>
        <source>Image files (*.qcow2 *.raw *.vhd *.vhdx *.vmdk *.vdi *.iso *.zvhd2 *.img);;All files (*)</source>
        <translation>Archivos de imagen (*.qcow2 *.raw *.vhd *.vhdx *.vmdk *.vdi *.iso *.zvhd2 *.img);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The image service creates the image metadata, then Imagewright uploads the local image file to it, checking its digests.</source>
        <translation>El servicio de imágenes crea los metadatos de la imagen y luego Imagewright carga el archivo de imagen local, comprobando sus resúmenes.</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>Arc&amp;hivo de imagen:</translation>
    </message>
    <message>
        <source>The local image file to upload</source>
        <translation>El archivo de imagen local que se va a cargar</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>1–%1 characters</source>
        <extracomment>%1 = the limit (255)</extracomment>
        <translation>1–%1 caracteres</translation>
    </message>
    <message>
        <source>&amp;OS version:</source>
        <translation>&amp;Versión del sistema operativo:</translation>
    </message>
    <message>
        <source>e.g. CentOS 7.6 64bit; empty: %1</source>
        <extracomment>%1 = the default OS version (keep it untranslated)</extracomment>
        <translation>p. ej. CentOS 7.6 64bit; vacío: %1</translation>
    </message>
    <message>
        <source>&amp;Disk format:</source>
        <translation>Formato de &amp;disco:</translation>
    </message>
    <message>
        <source>&amp;Container format:</source>
        <translation>Formato de &amp;contenedor:</translation>
    </message>
    <message>
        <source>Minimum disk (&amp;GB):</source>
        <translation>Tamaño mínimo del disco (&amp;GB):</translation>
    </message>
    <message>
        <source>Minimum &amp;memory (MB):</source>
        <translation>&amp;Memoria mínima (MB):</translation>
    </message>
    <message>
        <source>V&amp;isibility:</source>
        <translation>Vi&amp;sibilidad:</translation>
    </message>
    <message>
        <source>&amp;Protected (a protected image cannot be deleted)</source>
        <translation>&amp;Protegida (una imagen protegida no se puede eliminar)</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>group box title</comment>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Sent as key=value, e.g. &quot;tagkey=tagvalue&quot;. Keys up to 36 characters, values up to 43.</source>
        <translation>Se envían como key=value, p. ej. &quot;tagkey=tagvalue&quot;. Claves de hasta 36 caracteres, valores de hasta 43.</translation>
    </message>
    <message>
        <source>Each row is sent as one tag: the key alone, or key=value when a value is given.</source>
        <translation>Cada fila se envía como una etiqueta: solo la clave, o key=value si se indica un valor.</translation>
    </message>
    <message>
        <source>Image states:
• queued: the image metadata is created, waiting for the image file to be uploaded.
• saving: the image file is being uploaded to the back-end storage.
• active: the image can be used normally.
• killed: an error occurred while uploading the image.
• deleted: the image has been deleted.</source>
        <translation>Estados de la imagen:
• queued: metadatos de la imagen creados, a la espera del archivo de imagen.
• saving: cargando el archivo de imagen en el almacenamiento.
• active: imagen lista para usar.
• killed: error al cargar la imagen.
• deleted: imagen eliminada.</translation>
    </message>
    <message>
        <source>The image file %1 does not exist or cannot be read.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>El archivo de imagen %1 no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation>El archivo de imagen está vacío.</translation>
    </message>
    <message>
        <source>The file (%1) is uploaded as a whole; Glance has no partial upload, so an interrupted upload starts again from the beginning.</source>
        <extracomment>%1 = file size such as &quot;1.4 GB&quot;</extracomment>
        <translation>El archivo (%1) se carga entero; Glance no admite la carga parcial, así que una carga interrumpida vuelve a empezar desde el principio.</translation>
    </message>
</context>
<context>
    <name>ImageDeleteKind</name>
    <message>
        <source>Delete Image…</source>
        <translation>Eliminar imagen…</translation>
    </message>
</context>
<context>
    <name>ImageEdit</name>
    <message>
        <source>Nothing to change: give at least one new value.</source>
        <translation>No hay nada que cambiar: indique al menos un valor nuevo.</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>La descripción puede tener como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>Glance images have no maximum memory; only IMS has it.</source>
        <translation>Las imágenes de Glance no tienen memoria máxima; solo IMS la tiene.</translation>
    </message>
    <message>
        <source>IMS does not change the minimum disk of an existing image.</source>
        <translation>IMS no cambia el tamaño mínimo del disco de una imagen existente.</translation>
    </message>
    <message>
        <source>The minimum disk cannot be negative.</source>
        <translation>El tamaño mínimo del disco no puede ser negativo.</translation>
    </message>
    <message>
        <source>IMS does not change the protection of an image; Glance does.</source>
        <translation>IMS no cambia la protección de una imagen; Glance sí.</translation>
    </message>
    <message>
        <source>Give the tag &quot;%1&quot; as key=value.</source>
        <extracomment>%1 = the tag as given</extracomment>
        <translation>Indique la etiqueta &quot;%1&quot; con la forma key=value.</translation>
    </message>
    <message>
        <source>A tag must have 1 to %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>Una etiqueta debe tener de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is given twice.</source>
        <extracomment>%1 = tag key</extracomment>
        <translation>La clave de etiqueta &quot;%1&quot; se indica dos veces.</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>Introduzca una clave de etiqueta.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is both set and removed.</source>
        <extracomment>%1 = tag key</extracomment>
        <translation>La etiqueta &quot;%1&quot; se establece y se elimina a la vez.</translation>
    </message>
    <message>
        <source>Only active images can be changed; this image is %1.</source>
        <extracomment>%1 = the image&apos;s status</extracomment>
        <translation>Solo se pueden cambiar las imágenes activas (active); esta imagen está en estado %1.</translation>
    </message>
    <message>
        <source>An image can have at most %1 tags.</source>
        <extracomment>%1 = the most tags an image may have</extracomment>
        <translation>Una imagen puede tener como máximo %1 etiquetas.</translation>
    </message>
</context>
<context>
    <name>ImageEditKind</name>
    <message>
        <source>Edit Image…</source>
        <translation>Editar imagen…</translation>
    </message>
</context>
<context>
    <name>ImageLibraryView</name>
    <message>
        <source>No cloud profile.</source>
        <translation>No hay ningún perfil de nube.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the image list… %n image(s) so far.</source>
        <extracomment>%n = images read so far</extracomment>
        <translation>
            <numerusform>Leyendo la lista de imágenes… %n imagen hasta ahora.</numerusform>
            <numerusform>Leyendo la lista de imágenes… %n imágenes hasta ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s).</source>
        <extracomment>%n = images listed</extracomment>
        <translation>
            <numerusform>%n imagen.</numerusform>
            <numerusform>%n imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an image to see its properties.</source>
        <translation>Seleccione una imagen para ver sus propiedades.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Made by the job %1.</source>
        <extracomment>%1 = the local id of the job that made the image</extracomment>
        <translation>Creada por el trabajo %1.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
    <message>
        <source>Filter by name, ID, OS or tag</source>
        <translation>Filtrar por nombre, ID, SO o etiqueta</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Recar&amp;gar</translation>
    </message>
    <message>
        <source>Show Jo&amp;b</source>
        <translation>Mostrar tra&amp;bajo</translation>
    </message>
    <message>
        <source>Open the job that made this image in the job monitor</source>
        <translation>Abre en el monitor de trabajos el trabajo que creó esta imagen</translation>
    </message>
    <message>
        <source>Give the tag &quot;%1&quot; as key=value.</source>
        <translation>Indique la etiqueta «%1» como clave=valor.</translation>
    </message>
    <message>
        <source>Change the name, description, memory, disk or tags</source>
        <translation>Cambiar el nombre, la descripción, la memoria, el disco o las etiquetas</translation>
    </message>
    <message>
        <source>Delete the selected images</source>
        <translation>Eliminar las imágenes seleccionadas</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>Se modificó %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n image(s)…</source>
        <translation>
            <numerusform>Eliminando %n imagen…</numerusform>
            <numerusform>Eliminando %n imágenes…</numerusform>
        </translation>
    </message>
    <message>
        <source>images</source>
        <translation>imagenes</translation>
    </message>
    <message>
        <source>Export the Image List</source>
        <translation>Exportar la lista de imágenes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written to %1.</source>
        <translation>
            <numerusform>%n imagen escrita en %1.</numerusform>
            <numerusform>%n imágenes escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Show only images in this state (the cloud filters)</source>
        <translation>Mostrar solo las imágenes en este estado (filtra la nube)</translation>
    </message>
    <message>
        <source>Tag key=value, then Enter</source>
        <translation>Etiqueta clave=valor y Intro</translation>
    </message>
    <message>
        <source>Show only images with these tags (key=value, separated by commas; the cloud filters)</source>
        <translation>Mostrar solo las imágenes con estas etiquetas (clave=valor, separadas por comas; filtra la nube)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the images shown as a CSV file</source>
        <translation>Guardar las imágenes mostradas en un archivo CSV</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Image properties</source>
        <translation>Propiedades de la imagen</translation>
    </message>
    <message>
        <source>See and change the projects this image is shared with</source>
        <translation>Ver y cambiar los proyectos con los que se comparte esta imagen</translation>
    </message>
    <message>
        <source>%1 was not answered: %2</source>
        <translation>No se respondió a %1: %2</translation>
    </message>
    <message>
        <source>The cloud runs job %2 for %1; the job monitor follows it.</source>
        <translation>La nube ejecuta el trabajo %2 para %1; el monitor de trabajos lo sigue.</translation>
    </message>
    <message>
        <source>%1 was accepted.</source>
        <translation>Se aceptó %1.</translation>
    </message>
    <message>
        <source>%1 was rejected.</source>
        <translation>Se rechazó %1.</translation>
    </message>
    <message>
        <source>Sh&amp;are…</source>
        <translation>Co&amp;mpartir…</translation>
    </message>
    <message>
        <source>&amp;With shared and public images</source>
        <translation>&amp;Con imágenes compartidas y públicas</translation>
    </message>
    <message>
        <source>Also list the public images and the images other projects shared with this one (accept or reject them from the context menu)</source>
        <translation>Listar también las imágenes públicas y las que otros proyectos compartieron con este (acéptelas o recháchelas desde el menú contextual)</translation>
    </message>
    <message>
        <source>Copy the image within this region (optionally encrypted) or to another region</source>
        <translation>Copiar la imagen dentro de esta región (opcionalmente cifrada) o a otra región</translation>
    </message>
    <message>
        <source>Write the image as a file into an OBS bucket</source>
        <translation>Escribir la imagen como archivo en un bucket de OBS</translation>
    </message>
    <message>
        <source>Cop&amp;y…</source>
        <translation>Co&amp;piar…</translation>
    </message>
    <message>
        <source>Export to &amp;OBS…</source>
        <translation>Exportar a &amp;OBS…</translation>
    </message>
    <message>
        <source>%1 is not listed: %2</source>
        <translation>%1 no se lista: %2</translation>
    </message>
    <message>
        <source>Select the images of one profile: each profile deletes its own</source>
        <translation>Seleccione las imágenes de un solo perfil: cada perfil elimina las suyas</translation>
    </message>
    <message>
        <source>All profile&amp;s</source>
        <translation>Todos los per&amp;files</translation>
    </message>
    <message>
        <source>List the images of every saved profile, each signed in with the secret stored for it</source>
        <translation>Listar las imágenes de todos los perfiles guardados, cada uno con la credencial guardada para él</translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <source>%1 GB</source>
        <extracomment>Minimum disk size of an image. %1 = size in GB</extracomment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartida</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>Formato de disco</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Min. disk</source>
        <translation>Disco mín.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
</context>
<context>
    <name>ImageRules</name>
    <message>
        <source>Enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>El nombre puede tener como máximo %1 caracteres (ahora tiene %2).</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>El nombre no puede empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>The name can contain only letters (A–Z, a–z), digits, hyphens (-), periods (.), underscores (_) and spaces; &quot;%1&quot; is not allowed.</source>
        <extracomment>%1 = the character that is not allowed</extracomment>
        <translation>El nombre solo puede contener letras (A–Z, a–z), dígitos, guiones (-), puntos (.), guiones bajos (_) y espacios; no se permite «%1».</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>La descripción puede tener como máximo %1 caracteres (ahora tiene %2).</translation>
    </message>
    <message>
        <source>The description cannot contain line breaks.</source>
        <translation>La descripción no puede contener saltos de línea.</translation>
    </message>
    <message>
        <source>The description cannot contain angle brackets (&lt; &gt;).</source>
        <translation>La descripción no puede contener corchetes angulares (&lt; &gt;).</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>Introduzca una clave de etiqueta.</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>Una clave de etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A tag key cannot contain &quot;.&quot; or &quot;=&quot;.</source>
        <translation>Una clave de etiqueta no puede contener «.» ni «=».</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>Un valor de etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Memory sizes cannot be negative.</source>
        <translation>Los tamaños de memoria no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The maximum memory must be at least the minimum memory.</source>
        <translation>La memoria máxima debe ser igual o superior a la memoria mínima.</translation>
    </message>
    <message>
        <source>Each tag key can be used only once.</source>
        <translation>Cada clave de etiqueta solo se puede usar una vez.</translation>
    </message>
    <message>
        <source>Enter the image file as bucket:file.</source>
        <translation>Introduzca el archivo de imagen como bucket:file.</translation>
    </message>
    <message>
        <source>Write the image file as bucket:file (the OBS bucket name, a colon, the file name).</source>
        <extracomment>bucket:file is the format of the OBS file address; keep it as it is</extracomment>
        <translation>Escriba el archivo de imagen como bucket:file (el nombre del bucket de OBS, dos puntos y el nombre del archivo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OBS bucket name: 3 to 63 lowercase letters, digits, hyphens or periods, starting and ending with a letter or digit.</source>
        <extracomment>%1 = the bucket name typed</extracomment>
        <translation>«%1» no es un nombre de bucket de OBS válido: de 3 a 63 letras minúsculas, dígitos, guiones o puntos, que empiece y termine por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Enter the file name after the colon.</source>
        <translation>Introduzca el nombre del archivo después de los dos puntos.</translation>
    </message>
    <message>
        <source>Enter the disk size in GB.</source>
        <translation>Introduzca el tamaño del disco en GB.</translation>
    </message>
    <message>
        <source>The disk size must be between %1 GB and %2 GB.</source>
        <extracomment>%1 = lowest size, %2 = highest size, in GB</extracomment>
        <translation>El tamaño del disco debe estar entre %1 GB y %2 GB.</translation>
    </message>
    <message>
        <source>“%1”: OBS file and folder names here cannot contain spaces. Rename the object in the bucket, or upload it again under a name without spaces.</source>
        <translation>«%1»: los nombres de archivo y de carpeta de OBS no pueden contener espacios aquí. Cambie el nombre del objeto en el bucket o vuelva a cargarlo con un nombre sin espacios.</translation>
    </message>
</context>
<context>
    <name>ImagesCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>The image library: list, show, change and delete the images of a cloud.
Actions: list, show, set, delete. &quot;imagewright images ACTION --help&quot; shows the options of one.</source>
        <translation>La biblioteca de imágenes: lista, muestra, cambia y elimina las imágenes de una nube.
Acciones: list, show, set, delete. &quot;imagewright images ACTION --help&quot; muestra las opciones de cada una.</translation>
    </message>
    <message>
        <source>list, show, set or delete</source>
        <translation>list, show, set o delete</translation>
    </message>
    <message>
        <source>Give an action: imagewright images list|show|set|delete</source>
        <translation>Indique una acción sobre las imágenes: imagewright images list|show|set|delete</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use list, show, set or delete.</source>
        <translation>Acción desconocida &quot;%1&quot;. Use list, show, set o delete.</translation>
    </message>
    <message>
        <source>The saved cloud profile to use (name or id). Without it, the OpenStack environment (OS_CLOUD, or OS_AUTH_URL and the rest) is used.</source>
        <translation>El perfil de nube guardado que se usará (nombre o ID). Sin él, se usa el entorno de OpenStack (OS_CLOUD, u OS_AUTH_URL y las demás).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The image API to use: ims or glance (default: IMS for Huawei Cloud, Open Telekom Cloud and the demo cloud, Glance otherwise).</source>
        <translation>La API de imágenes que se usará: ims o glance (por defecto: IMS para Huawei Cloud, Open Telekom Cloud y la nube de demostración; Glance en los demás casos).</translation>
    </message>
    <message>
        <source>api</source>
        <translation>api</translation>
    </message>
    <message>
        <source>Print JSON (stable keys) instead of text.</source>
        <translation>Imprime JSON (claves estables) en lugar de texto.</translation>
    </message>
    <message>
        <source>Only images in this status (e.g. active, queued).</source>
        <translation>Solo las imágenes en este estado (p. ej., active, queued).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Add a tag, or give a tag a new value (repeatable).</source>
        <translation>Añade una etiqueta o da un valor nuevo a una etiqueta (repetible).</translation>
    </message>
    <message>
        <source>Only images with this tag (repeatable).</source>
        <translation>Solo las imágenes con esta etiqueta (repetible).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>El nombre nuevo.</translation>
    </message>
    <message>
        <source>Only images with exactly this name.</source>
        <translation>Solo las imágenes con exactamente este nombre.</translation>
    </message>
    <message>
        <source>Every image the project can see (public and shared ones too).</source>
        <translation>Todas las imágenes que ve el proyecto (también las públicas y las compartidas).</translation>
    </message>
    <message>
        <source>Images per request (default %1).</source>
        <translation>Imágenes por solicitud (por defecto %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>The new description (empty: remove it).</source>
        <translation>La descripción nueva (vacía: se elimina).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Remove the tag with this key (repeatable).</source>
        <translation>Elimina la etiqueta con esta clave (repetible).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>The minimum memory in MB.</source>
        <translation>La memoria mínima en MB.</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>The maximum memory in MB (IMS).</source>
        <translation>La memoria máxima en MB (IMS).</translation>
    </message>
    <message>
        <source>The minimum disk in GB (Glance).</source>
        <translation>El tamaño mínimo del disco en GB (Glance).</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Protect the image from deletion: yes or no (Glance).</source>
        <translation>Protege la imagen contra su eliminación: yes o no (Glance).</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal).</source>
        <translation>Elimina sin preguntar (necesario cuando la entrada estándar no es un terminal).</translation>
    </message>
    <message>
        <source>Also delete the backups of full-ECS images (IMS delete_backup).</source>
        <translation>Elimina también las copias de seguridad de las imágenes de ECS completo (IMS delete_backup).</translation>
    </message>
    <message>
        <source>Lists the images, every page of them.</source>
        <translation>Lista las imágenes, todas sus páginas.</translation>
    </message>
    <message>
        <source>Shows one image with every property.</source>
        <translation>Muestra una imagen con todas sus propiedades.</translation>
    </message>
    <message>
        <source>The image&apos;s ID.</source>
        <translation>El ID de la imagen.</translation>
    </message>
    <message>
        <source>Changes an image: what is given changes, the rest stays as it is.</source>
        <translation>Cambia una imagen: cambia lo indicado y el resto queda igual.</translation>
    </message>
    <message>
        <source>Deletes images.</source>
        <translation>Elimina imágenes.</translation>
    </message>
    <message>
        <source>The IDs of the images.</source>
        <translation>Los ID de las imágenes.</translation>
    </message>
    <message>
        <source>Unknown API &quot;%1&quot;. Use ims or glance.</source>
        <extracomment>%1 = what was given</extracomment>
        <translation>API desconocida &quot;%1&quot;. Use ims o glance.</translation>
    </message>
    <message>
        <source>--page-size needs a whole number from 1 to 1000.</source>
        <translation>--page-size necesita un número entero de 1 a 1000.</translation>
    </message>
    <message>
        <source>Give the image&apos;s ID.</source>
        <translation>Indique el ID de la imagen.</translation>
    </message>
    <message>
        <source>Give the IDs of the images to delete.</source>
        <translation>Indique los ID de las imágenes que desea eliminar.</translation>
    </message>
    <message>
        <source>%1 needs a whole number.</source>
        <extracomment>%1 = the option, e.g. --min-ram</extracomment>
        <translation>%1 necesita un número entero.</translation>
    </message>
    <message>
        <source>--protected needs yes or no.</source>
        <translation>--protected (protegida) necesita yes o no.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrumpido.</translation>
    </message>
    <message>
        <source>The change is not valid; nothing was sent:</source>
        <translation>El cambio no es válido; no se envió nada:</translation>
    </message>
    <message>
        <source>Nothing was deleted: give --yes to delete without a question (standard input is not a terminal, so there is nobody to ask).</source>
        <translation>No se eliminó nada: indique --yes para eliminar sin preguntar (la entrada estándar no es un terminal, así que no hay a quién preguntar).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s): %1? [y/N] </source>
        <extracomment>%n = number of images, %1 = their IDs</extracomment>
        <translation>
            <numerusform>¿Eliminar %n imagen: %1? [y/N] </numerusform>
            <numerusform>¿Eliminar %n imágenes: %1? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no image service; its images cannot be listed.</source>
        <translation>El catálogo de la nube no tiene servicio de imágenes; no se pueden listar sus imágenes.</translation>
    </message>
    <message>
        <source>No images.</source>
        <translation>No hay imágenes.</translation>
    </message>
    <message>
        <source>There is no image %1.</source>
        <extracomment>%1 = image ID</extracomment>
        <translation>No existe la imagen %1.</translation>
    </message>
    <message>
        <source>Image %1 was not changed:</source>
        <extracomment>%1 = image ID</extracomment>
        <translation>La imagen %1 no se cambió:</translation>
    </message>
    <message>
        <source>Image %1 was changed.</source>
        <translation>Se cambió la imagen %1.</translation>
    </message>
    <message>
        <source>Image %1 was not deleted: %2</source>
        <extracomment>%1 = image ID, %2 = the cloud&apos;s answer</extracomment>
        <translation>La imagen %1 no se eliminó: %2</translation>
    </message>
    <message>
        <source>The image library: list, show, change, delete and share the images of a cloud.
Actions: list, show, set, delete, share, unshare, members, accept, reject. &quot;imagewright images ACTION --help&quot; shows the options of one.</source>
        <translation>La biblioteca de imágenes: listar, mostrar, cambiar, eliminar y compartir las imágenes de una nube.
Acciones: list, show, set, delete, share, unshare, members, accept, reject. &quot;imagewright images ACCIÓN --help&quot; muestra las opciones de una.</translation>
    </message>
    <message>
        <source>list, show, set, delete, share, unshare, members, accept or reject</source>
        <translation>list, show, set, delete, share, unshare, members, accept o reject</translation>
    </message>
    <message>
        <source>Give an action: imagewright images list|show|set|delete|share|unshare|members|accept|reject</source>
        <translation>Indique una acción sobre las imágenes: imagewright images list|show|set|delete|share|unshare|members|accept|reject</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use list, show, set, delete, share, unshare, members, accept or reject.</source>
        <translation>Acción desconocida «%1». Use list, show, set, delete, share, unshare, members, accept o reject.</translation>
    </message>
    <message>
        <source>The image library: list, show, change, delete, share, copy and export the images of a cloud.
Actions: list, show, set, delete, share, unshare, members, accept, reject, copy, export. &quot;imagewright images ACTION --help&quot; shows the options of one.</source>
        <translation>La biblioteca de imágenes: listar, mostrar, cambiar, eliminar, compartir, copiar y exportar las imágenes de una nube.
Acciones: list, show, set, delete, share, unshare, members, accept, reject, copy, export. «imagewright images ACCIÓN --help» muestra las opciones de una.</translation>
    </message>
    <message>
        <source>list, show, set, delete, share, unshare, members, accept, reject, copy or export</source>
        <translation>list, show, set, delete, share, unshare, members, accept, reject, copy o export</translation>
    </message>
    <message>
        <source>Give an action: imagewright images list|show|set|delete|share|unshare|members|accept|reject|copy|export</source>
        <translation>Indique una acción sobre las imágenes: imagewright images list|show|set|delete|share|unshare|members|accept|reject|copy|export</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use list, show, set, delete, share, unshare, members, accept, reject, copy or export.</source>
        <translation>Acción desconocida «%1». Use list, show, set, delete, share, unshare, members, accept, reject, copy o export.</translation>
    </message>
    <message>
        <source>Only images created on or after this date (YYYY-MM-DD, UTC, or YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>Solo las imágenes creadas en esta fecha o después (YYYY-MM-DD, UTC, o YYYY-MM-DDThh:mm:ssZ).</translation>
    </message>
    <message>
        <source>Only images created before this date (YYYY-MM-DD, UTC, or YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>Solo las imágenes creadas antes de esta fecha (YYYY-MM-DD, UTC, o YYYY-MM-DDThh:mm:ssZ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, not &quot;%2&quot;.</source>
        <translation>--%1 necesita una fecha como YYYY-MM-DD o YYYY-MM-DDThh:mm:ssZ, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--created-after must be before --created-before.</source>
        <translation>--created-after debe ser anterior a --created-before.</translation>
    </message>
</context>
<context>
    <name>ImagesOutput</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Min. disk</source>
        <translation>Disco mín.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <extracomment>Minimum disk size of an image. %1 = size in GB</extracomment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Job marker</source>
        <translation>Marcador del trabajo</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Propiedades:</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <source>Import Cloud Profiles</source>
        <translation>Importar perfiles de nube</translation>
    </message>
    <message>
        <source>Profiles from a clouds.yaml (with its secure.yaml) or an openrc file. Passwords and other secrets found there go to the system keychain only; the files are not changed.</source>
        <translation>Perfiles a partir de un clouds.yaml (con su secure.yaml) o de un archivo openrc. Las contraseñas y demás secretos que contengan solo se guardan en el llavero del sistema; los archivos no se modifican.</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>Choose a clouds.yaml or an openrc file</source>
        <translation>Elija un clouds.yaml o un archivo openrc</translation>
    </message>
    <message>
        <source>&amp;Search Again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Look for clouds.yaml where the OpenStack tools look: OS_CLIENT_CONFIG_FILE, the current folder, ~/.config/openstack, /etc/openstack</source>
        <translation>Buscar clouds.yaml donde lo buscan las herramientas de OpenStack: OS_CLIENT_CONFIG_FILE, la carpeta actual, ~/.config/openstack, /etc/openstack</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <comment>authentication method column</comment>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>column: whether and why a row can be imported</comment>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Import Checked</source>
        <translation>&amp;Importar los marcados</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>Usar solo en esta sesión</translation>
    </message>
    <message>
        <source>Keep the secrets in memory until Imagewright quits; they are not saved anywhere.</source>
        <translation>Mantener los secretos en memoria hasta que Imagewright se cierre; no se guardan en ningún sitio.</translation>
    </message>
    <message>
        <source>No file read yet.</source>
        <translation>Todavía no se ha leído ningún archivo.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <extracomment>%1 = file paths</extracomment>
        <translation>Leído: %1</translation>
    </message>
    <message>
        <source>Open clouds.yaml or openrc File</source>
        <translation>Abrir clouds.yaml o archivo openrc</translation>
    </message>
    <message>
        <source>OpenStack settings (clouds.yaml clouds.yml *.yaml *.yml *.json *openrc* *.sh);;All files (*)</source>
        <translation>Ajustes de OpenStack (clouds.yaml clouds.yml *.yaml *.yml *.json *openrc* *.sh);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>cualquier región</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <extracomment>%1 = the first reason a row cannot be imported</extracomment>
        <translation>No se puede importar: %1</translation>
    </message>
    <message>
        <source>A profile named “%1” exists: check to import this one as “%2”, or leave it unchecked to skip it.</source>
        <extracomment>%1 = the name in the file, which a saved profile has; %2 = the suggested new name</extracomment>
        <translation>Ya existe un perfil llamado «%1»: márquelo para importar este como «%2», o déjelo sin marcar para omitirlo.</translation>
    </message>
    <message>
        <source>Ready; the secret is asked for at the first sign-in</source>
        <translation>Listo; el secreto se pedirá al iniciar sesión por primera vez</translation>
    </message>
    <message>
        <source>Ready; the secret goes to the system keychain</source>
        <translation>Listo; el secreto se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Introduzca un nombre para el perfil.</translation>
    </message>
    <message>
        <source>Another profile already has the name “%1”: rename this one or leave it unchecked.</source>
        <extracomment>%1 = profile name</extracomment>
        <translation>Ya hay otro perfil llamado «%1»: cambie el nombre de este o déjelo sin marcar.</translation>
    </message>
    <message>
        <source>Check the profiles to import.</source>
        <translation>Marque los perfiles que quiere importar.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>Se importó %n perfil.</numerusform>
            <numerusform>Se importaron %n perfiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain did not take the secrets of %1 (%2). They were not written anywhere else: use them for this session only, or enter them in the profile editor later.</source>
        <extracomment>%1 = profile names, %2 = the keychain&apos;s reason. Nothing is written elsewhere.</extracomment>
        <translation>El llavero del sistema no aceptó los secretos de %1 (%2). No se escribieron en ningún otro sitio: úselos solo en esta sesión o introdúzcalos más tarde en el editor de perfiles.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) use their secret until Imagewright quits. It is not saved.</source>
        <translation>
            <numerusform>%n perfil usa su secreto hasta que Imagewright se cierre. No se guarda.</numerusform>
            <numerusform>%n perfiles usan su secreto hasta que Imagewright se cierre. No se guarda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles found</source>
        <comment>the list of profiles read from the files</comment>
        <translation>Perfiles encontrados</translation>
    </message>
</context>
<context>
    <name>ImsDataDiskPage</name>
    <message>
        <source>The system disk of an ECS: use &quot;System disk image from an ECS&quot; for it.</source>
        <translation>Es el disco del sistema de un ECS: para él, use «Imagen de disco del sistema de un ECS».</translation>
    </message>
    <message>
        <source>IMS cannot use a disk that is %1.</source>
        <extracomment>%1 = the volume&apos;s status as the cloud reports it</extracomment>
        <translation>IMS no puede usar un disco en estado %1.</translation>
    </message>
    <message>
        <source>Not marked bootable: make sure an OS is installed on it.</source>
        <translation>No está marcado como de arranque: compruebe que tiene un sistema operativo instalado.</translation>
    </message>
    <message>
        <source>IMS makes a private system disk image from a data disk that holds an installed operating system.</source>
        <translation>IMS crea una imagen de disco del sistema privada a partir de un disco de datos que tiene instalado un sistema operativo.</translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation>&amp;Versión del sistema operativo:</translation>
    </message>
    <message>
        <source>Image &amp;type:</source>
        <translation>&amp;Tipo de imagen:</translation>
    </message>
    <message>
        <source>ECS and FusionCompute: an ECS image. BMS and Ironic: a BMS image.</source>
        <translation>ECS y FusionCompute: una imagen de ECS. BMS e Ironic: una imagen de BMS.</translation>
    </message>
    <message>
        <source>Data disk</source>
        <comment>group box title: the volume the image is made from</comment>
        <translation>Disco de datos</translation>
    </message>
    <message>
        <source>Before you start, make sure an OS is installed on the data disk and has been optimized (see &quot;Optimizing a Windows Private Image&quot; and &quot;Optimizing a Linux Private Image&quot; in the IMS User Guide). IMS cannot verify the OS on the disk: choose the OS version carefully, or the image may be unusable.</source>
        <translation>Antes de empezar, asegúrese de que se haya instalado un sistema operativo en el disco de datos y de que se haya optimizado (consulte «Optimización de una imagen privada de Windows» y «Optimización de una imagen privada de Linux» en la Guía del usuario de IMS). IMS no puede comprobar el sistema operativo del disco: elija con cuidado la versión del sistema operativo, o es posible que la imagen no se pueda usar.</translation>
    </message>
</context>
<context>
    <name>ImsDataDiskRequest</name>
    <message>
        <source>Choose the data disk that holds the OS.</source>
        <translation>Elija el disco de datos que contiene el sistema operativo.</translation>
    </message>
    <message>
        <source>Choose the OS version: IMS cannot check the OS on a data disk, and a wrong value can make the image unusable.</source>
        <translation>Elija la versión del sistema operativo: IMS no puede comprobar el sistema operativo de un disco de datos y un valor incorrecto puede hacer que la imagen no se pueda usar.</translation>
    </message>
    <message>
        <source>The image type must be one of %1.</source>
        <extracomment>%1 = the list of image types</extracomment>
        <translation>El tipo de imagen debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>A system disk image from a data disk takes volume_id only; remove instance_id and data_images.</source>
        <translation>Una imagen de disco del sistema a partir de un disco de datos solo admite volume_id; quite instance_id y data_images.</translation>
    </message>
</context>
<context>
    <name>ImsDataDisksPage</name>
    <message>
        <source>This is the ECS&apos;s system disk; make its image with &quot;System disk image from an ECS&quot;.</source>
        <translation>Es el disco del sistema del ECS; cree su imagen con «Imagen de disco del sistema de un ECS».</translation>
    </message>
    <message>
        <source>The disk is %1; IMS needs a data disk attached to the ECS (in-use).</source>
        <extracomment>%1 = the volume&apos;s status as the cloud reports it</extracomment>
        <translation>El disco está en %1; IMS necesita un disco de datos conectado al ECS (in-use).</translation>
    </message>
    <message>
        <source>Choose the ECS whose data disks to image.</source>
        <translation>Elija el ECS de cuyos discos de datos se crearán imágenes.</translation>
    </message>
    <message>
        <source>This ECS has no disks attached.</source>
        <translation>Este ECS no tiene discos conectados.</translation>
    </message>
    <message>
        <source>Reading the ECS&apos;s disks…</source>
        <translation>Leyendo los discos del ECS…</translation>
    </message>
    <message>
        <source>Tick the data disks to make images of. Each image needs a name.</source>
        <translation>Marque los discos de datos de los que se crearán imágenes. Cada imagen necesita un nombre.</translation>
    </message>
    <message>
        <source>IMS makes one private data disk image of each data disk you tick. The images are made from the disks as they are attached to the ECS.</source>
        <translation>IMS crea una imagen de disco de datos privada de cada disco de datos que marque. Las imágenes se crean a partir de los discos tal como están conectados al ECS.</translation>
    </message>
    <message>
        <source>ECS</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>ECS</translation>
    </message>
    <message>
        <source>Data disks</source>
        <comment>group box title</comment>
        <translation>Discos de datos</translation>
    </message>
    <message>
        <source>Use</source>
        <comment>column: image this disk</comment>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Device</source>
        <comment>column: where the disk is attached, e.g. /dev/vdb</comment>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <comment>column</comment>
        <translation>Tamaño (GB)</translation>
    </message>
    <message>
        <source>Disk</source>
        <comment>column: the volume&apos;s name</comment>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Image name</source>
        <comment>column</comment>
        <translation>Nombre de la imagen</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>column</comment>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Enterprise project ID:</source>
        <translation>ID de proyecto de &amp;empresa:</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Tags of every data disk image</source>
        <comment>group box title</comment>
        <translation>Etiquetas de todas las imágenes de disco de datos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = the disk&apos;s device (/dev/vdb), %2 = the message about it</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImsDataDisksRequest</name>
    <message>
        <source>Choose at least one data disk.</source>
        <translation>Elija al menos un disco de datos.</translation>
    </message>
    <message>
        <source>Choose the data disk.</source>
        <translation>Elija el disco de datos.</translation>
    </message>
    <message>
        <source>This data disk is listed twice.</source>
        <translation>Este disco de datos aparece dos veces.</translation>
    </message>
    <message>
        <source>Data disk images are requested with data_images only; remove instance_id (the document: &quot;You cannot specify instance_id&quot;).</source>
        <translation>Las imágenes de disco de datos se solicitan solo con data_images; quite instance_id (el documento: «No se puede especificar instance_id»).</translation>
    </message>
</context>
<context>
    <name>ImsEcsPage</name>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Name and description follow the Image Management Service rules.</source>
        <translation>IMS crea una imagen privada del disco del sistema del ECS. El nombre y la descripción siguen las reglas de Image Management Service.</translation>
    </message>
    <message>
        <source>ECS</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>ECS</translation>
    </message>
</context>
<context>
    <name>ImsEcsRequest</name>
    <message>
        <source>Choose the ECS to make the image from.</source>
        <translation>Elija el ECS a partir del cual se creará la imagen.</translation>
    </message>
    <message>
        <source>data_images belongs to the data disk image method, not to this one.</source>
        <translation>data_images pertenece al método de imagen de disco de datos, no a este.</translation>
    </message>
</context>
<context>
    <name>ImsImageFieldsEditor</name>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>1–128 letters, digits, spaces, - . _</source>
        <translation>De 1 a 128 letras, dígitos, espacios, - . _</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>M&amp;inimum memory (MB):</source>
        <translation>Memoria mín&amp;ima (MB):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory (MB):</source>
        <translation>Memoria má&amp;xima (MB):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>memory limit left out of the request</comment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Enterprise &amp;project ID:</source>
        <translation>ID de proyecto de &amp;empresa:</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>group box title</comment>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>ImsObsFileRequest</name>
    <message>
        <source>The OS type must be one of %1.</source>
        <extracomment>%1 = the list of OS types</extracomment>
        <translation>El tipo de sistema operativo debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>Choose the OS version: it is mandatory for an ISO file.</source>
        <translation>Elija la versión del sistema operativo: es obligatoria para un archivo ISO.</translation>
    </message>
    <message>
        <source>Choose the OS version: it is mandatory for a quick import.</source>
        <translation>Elija la versión del sistema operativo: es obligatoria para una importación rápida.</translation>
    </message>
    <message numerus="yes">
        <source>An image file can bring at most %n data disk(s).</source>
        <extracomment>%n = the maximum number of data disks</extracomment>
        <translation>
            <numerusform>Un archivo de imagen puede contener como máximo %n disco de datos.</numerusform>
            <numerusform>Un archivo de imagen puede contener como máximo %n discos de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>An image from an OBS file takes image_url only; remove instance_id and volume_id.</source>
        <translation>Una imagen a partir de un archivo de OBS solo admite image_url; quite instance_id y volume_id.</translation>
    </message>
</context>
<context>
    <name>ImsObsPage</name>
    <message>
        <source>IMS registers an external image file uploaded to an OBS bucket as a private image, with up to three data disks from files of their own.</source>
        <translation>IMS registra un archivo de imagen externo cargado en un bucket de OBS como imagen privada, con hasta tres discos de datos procedentes de sus propios archivos.</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <comment>OBS file of the system disk</comment>
        <translation>Arc&amp;hivo de imagen:</translation>
    </message>
    <message>
        <source>bucket:file, e.g. %1</source>
        <translation>bucket:file, p. ej. %1</translation>
    </message>
    <message>
        <source>Minimum system disk (&amp;GB):</source>
        <translation>Tamaño mínimo del disco del sistema (&amp;GB):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>disk size not given yet</comment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <translation>%1–%2 GB</translation>
    </message>
    <message>
        <source>OS t&amp;ype:</source>
        <translation>&amp;Tipo de sistema operativo:</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>OS type left out of the request</comment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation>&amp;Versión del sistema operativo:</translation>
    </message>
    <message>
        <source>Automatic &amp;configuration (is_config)</source>
        <translation>&amp;Configuración automática (is_config)</translation>
    </message>
    <message>
        <source>&amp;Quick import (is_quick_import)</source>
        <translation>Importación &amp;rápida (is_quick_import)</translation>
    </message>
    <message>
        <source>Encryption &amp;key ID (cmk_id):</source>
        <translation>ID de la clave maestra (cm&amp;k_id):</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Data disks</source>
        <comment>group box title</comment>
        <translation>Discos de datos</translation>
    </message>
    <message>
        <source>Add da&amp;ta disk</source>
        <translation>Añadir un disco de dat&amp;os</translation>
    </message>
    <message numerus="yes">
        <source>An image file can bring at most %n data disk(s).</source>
        <extracomment>%n = the maximum number of data disks</extracomment>
        <translation>
            <numerusform>Un archivo de imagen puede contener como máximo %n disco de datos.</numerusform>
            <numerusform>Un archivo de imagen puede contener como máximo %n discos de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OBS bucket&apos;s storage class must be Standard.</source>
        <translation>La clase de almacenamiento del bucket de OBS debe ser Standard.</translation>
    </message>
    <message>
        <source>The file is an ISO image: the OS version is mandatory.</source>
        <translation>El archivo es una imagen ISO: la versión del sistema operativo es obligatoria.</translation>
    </message>
    <message>
        <source>Quick import needs the OS version.</source>
        <translation>La importación rápida necesita la versión del sistema operativo.</translation>
    </message>
    <message>
        <source>Automatic configuration lets IMS configure the image&apos;s drivers and settings for the cloud (see &quot;Registering an External Image File as a Private Image&quot; in the IMS User Guide).</source>
        <translation>La configuración automática permite que IMS configure los controladores y los ajustes de la imagen para la nube (consulte «Registro de un archivo de imagen externo como una imagen privada» en la Guía del usuario de IMS).</translation>
    </message>
    <message>
        <source>The data disk images must have the same OS type as the system disk image.</source>
        <translation>Las imágenes de disco de datos deben tener el mismo tipo de sistema operativo que la imagen de disco del sistema.</translation>
    </message>
    <message>
        <source>OB&amp;S bucket:</source>
        <translation>&amp;Bucket de OBS:</translation>
    </message>
    <message>
        <source>Ob&amp;ject:</source>
        <comment>OBS object list of method 3&apos;s page</comment>
        <translation>Ob&amp;jeto:</translation>
    </message>
</context>
<context>
    <name>InsecureBanner</name>
    <message>
        <source>Certificate checks are off for the profile “%1” (insecure TLS): anyone on the network path could read or change the traffic, the token included. Choose the cloud&apos;s CA bundle file in Cloud Profiles instead.</source>
        <extracomment>Persistent warning. %1 = profile name</extracomment>
        <translation>Las comprobaciones de certificados están desactivadas para el perfil «%1» (TLS inseguro): cualquiera en la ruta de red podría leer o modificar el tráfico, incluido el token. Elija en su lugar el archivo de paquete de CA de la nube en Perfiles de nube.</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Select an image job to see its details.</source>
        <translation>Seleccione un trabajo de imagen para ver sus detalles.</translation>
    </message>
    <message>
        <source>Image name:</source>
        <translation>Nombre de imagen:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>Nube:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>job status</comment>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progreso:</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>ID del trabajo:</translation>
    </message>
    <message>
        <source>Marker tag:</source>
        <translation>Etiqueta de marcador:</translation>
    </message>
    <message>
        <source>Created at:</source>
        <translation>Fecha de creación:</translation>
    </message>
    <message>
        <source>Finished at:</source>
        <translation>Fecha de finalización:</translation>
    </message>
    <message>
        <source>Image ID:</source>
        <translation>ID de la imagen:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Código de error:</translation>
    </message>
    <message>
        <source>Failure reason:</source>
        <translation>Motivo del error:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>tab</comment>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>timeline column</comment>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>timeline column</comment>
        <translation>Evento</translation>
    </message>
    <message>
        <source>%1 (cloud: %2)</source>
        <extracomment>Job status in the details pane. %1 = our status, %2 = the cloud&apos;s raw status (RUNNING, FAIL, ...)</extracomment>
        <translation>%1 (nube: %2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress as a percentage. %1 = the number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (task: %2)</source>
        <extracomment>%1 = percentage text (may be empty), %2 = the cloud&apos;s current task name, verbatim</extracomment>
        <translation>%1 (tarea: %2)</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy an image ID to the clipboard</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the image ID to the clipboard</source>
        <translation>Copiar el ID de la imagen al portapapeles</translation>
    </message>
    <message>
        <source>Upload:</source>
        <translation>Carga:</translation>
    </message>
    <message>
        <source>&amp;Resume Upload</source>
        <translation>&amp;Reanudar la carga</translation>
    </message>
    <message>
        <source>Upload the image file again to the queued image (the whole file: Glance has no partial upload).</source>
        <translation>Vuelve a cargar el archivo de imagen en la imagen en cola (el archivo entero: Glance no admite la carga parcial).</translation>
    </message>
    <message>
        <source>Cancel &amp;Upload</source>
        <translation>Cancelar la &amp;carga</translation>
    </message>
    <message>
        <source>&amp;Delete Image</source>
        <translation>&amp;Eliminar la imagen</translation>
    </message>
    <message>
        <source>Delete the image on the cloud.</source>
        <translation>Elimina la imagen en la nube.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 = bytes sent, %2 = file size (e.g. &quot;1.2 GB of 4.0 GB&quot;)</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>%1 = time left such as &quot;4 min 05 s&quot;</extracomment>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 sent; the image is queued</source>
        <extracomment>%1 = bytes sent before it stopped, %2 = file size</extracomment>
        <translation>incompleta: %1 de %2 enviados; la imagen está en cola</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <extracomment>%1 = file size</extracomment>
        <translation>%1 cargados</translation>
    </message>
    <message>
        <source>Go on with the multipart upload: the parts the bucket holds are checked against the file and only the missing ones are sent, then IMS imports the object.</source>
        <translation>Continuar la carga multiparte: las partes que tiene el bucket se comprueban con el archivo y solo se envían las que faltan; después IMS importa el objeto.</translation>
    </message>
    <message>
        <source>Abort the multipart upload: the parts sent are deleted from the bucket and the job ends cancelled.</source>
        <translation>Anular la carga multiparte: las partes enviadas se eliminan del bucket y el trabajo termina cancelado.</translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 parts, to %5</source>
        <translation>%1 de %2, %3 de %4 partes, a %5</translation>
    </message>
    <message>
        <source>%1 uploaded to %2</source>
        <translation>%1 cargado en %2</translation>
    </message>
    <message>
        <source>not completed; no upload left in %1</source>
        <translation>no completada; no queda ninguna carga en %1</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 parts in %3; Resume sends the missing ones</source>
        <translation>incompleta: %1 de %2 partes en %3; Reanudar envía las que faltan</translation>
    </message>
    <message>
        <source>being uploaded to %2 by another process, %1; Resume is offered once it has ended</source>
        <translation>otro proceso, %1, lo está cargando en %2; Reanudar la carga se ofrece cuando haya terminado</translation>
    </message>
</context>
<context>
    <name>JobMonitor</name>
    <message>
        <source>The app stopped before the cloud answered the create request; it may or may not have been carried out.</source>
        <translation>La aplicación se cerró antes de que la nube respondiera a la solicitud de creación; es posible que se haya ejecutado o no.</translation>
    </message>
    <message>
        <source>Create request being sent</source>
        <translation>Enviando la solicitud de creación</translation>
    </message>
    <message>
        <source>the job history could not be saved (%1), so nothing was sent</source>
        <extracomment>%1 = file system error</extracomment>
        <translation>no se pudo guardar el historial de trabajos (%1), por lo que no se envió nada</translation>
    </message>
    <message>
        <source>Accepted by the cloud as job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>Aceptado por la nube como trabajo %1</translation>
    </message>
    <message>
        <source>the answer carried no job_id</source>
        <translation>la respuesta no incluía job_id</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>Resultado desconocido: %1</translation>
    </message>
    <message>
        <source>Following job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>Siguiendo el trabajo %1</translation>
    </message>
    <message>
        <source>Could not ask the cloud: %1</source>
        <translation>No se pudo consultar a la nube: %1</translation>
    </message>
    <message>
        <source>the compute service sent no version document</source>
        <translation>el servicio de cómputo no envió el documento de versión</translation>
    </message>
    <message>
        <source>Compute API microversion %1</source>
        <extracomment>%1 = a compute API microversion such as 2.45</extracomment>
        <translation>Microversión de la API de cómputo: %1</translation>
    </message>
    <message>
        <source>Accepted by the compute service: image %1</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>Aceptado por el servicio de cómputo: imagen %1</translation>
    </message>
    <message>
        <source>The compute service removed the image after a failure (it was purged). The server&apos;s instance actions tell the cause.</source>
        <translation>El servicio de cómputo eliminó la imagen tras un error (se purgó). Las acciones de instancia del servidor indican la causa.</translation>
    </message>
    <message>
        <source>The image ended as %1.</source>
        <extracomment>%1 = the image&apos;s status as Glance reports it (killed, deleted, ...)</extracomment>
        <translation>La imagen terminó en estado %1.</translation>
    </message>
    <message>
        <source>Block storage API microversion %1</source>
        <extracomment>%1 = a block storage API microversion such as 3.1</extracomment>
        <translation>Microversión %1 de la API de almacenamiento en bloque</translation>
    </message>
    <message>
        <source>Block storage API without microversions</source>
        <translation>API de almacenamiento en bloque sin microversiones</translation>
    </message>
    <message>
        <source>Accepted by the block storage service: image %1</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>Aceptado por el servicio de almacenamiento en bloque: imagen %1</translation>
    </message>
    <message>
        <source>The volume was deleted while it was being uploaded.</source>
        <translation>El volumen se eliminó mientras se estaba cargando.</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <extracomment>%1 = the volume&apos;s status as Cinder reports it (uploading, available, ...)</extracomment>
        <translation>Volumen %1</translation>
    </message>
    <message>
        <source>The volume went to the status %1: the block storage service could not upload it to the image.</source>
        <extracomment>%1 = the volume&apos;s status (error, error_extending, ...)</extracomment>
        <translation>El volumen pasó al estado %1: el servicio de almacenamiento en bloque no pudo cargarlo en la imagen.</translation>
    </message>
    <message>
        <source>The image is gone: the block storage service deleted it after the upload failed.</source>
        <translation>La imagen ya no existe: el servicio de almacenamiento en bloque la eliminó porque la carga falló.</translation>
    </message>
    <message>
        <source>The image is active but could not be registered in every availability zone (%1). Delete the image, then create it again.</source>
        <extracomment>%1 = the cloud&apos;s sync_status_reason text, verbatim</extracomment>
        <translation>La imagen está activa, pero no se pudo registrar en todas las zonas de disponibilidad (%1). Elimine la imagen y vuelva a crearla.</translation>
    </message>
    <message>
        <source>The app stopped while the image file was being uploaded.</source>
        <translation>La aplicación se detuvo mientras se cargaba el archivo de imagen.</translation>
    </message>
    <message>
        <source>the cloud answered with image %2 instead of the chosen ID %1</source>
        <extracomment>%1 = the ID Imagewright chose, %2 = the one in the answer</extracomment>
        <translation>la nube respondió con la imagen %2 en lugar del ID elegido %1</translation>
    </message>
    <message>
        <source>Image metadata created: image %1</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>Metadatos de la imagen creados: imagen %1</translation>
    </message>
    <message>
        <source>The upload could not start: %1</source>
        <extracomment>%1 = why the upload could not start</extracomment>
        <translation>No se pudo iniciar la carga: %1</translation>
    </message>
    <message>
        <source>the cloud profile is not available</source>
        <translation>el perfil de la nube no está disponible</translation>
    </message>
    <message>
        <source>the image file %1 cannot be read (%2)</source>
        <extracomment>%1 = file path, %2 = the file system&apos;s message</extracomment>
        <translation>no se puede leer el archivo de imagen %1 (%2)</translation>
    </message>
    <message>
        <source>the image file %1 changed size since the request was made</source>
        <extracomment>%1 = file path</extracomment>
        <translation>el archivo de imagen %1 cambió de tamaño desde que se preparó la solicitud</translation>
    </message>
    <message>
        <source>Uploading the image file %1 (%2)</source>
        <extracomment>%1 = file name, %2 = its size such as &quot;1.2 GB&quot;</extracomment>
        <translation>Cargando el archivo de imagen %1 (%2)</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator.</source>
        <translation>El operador canceló la carga.</translation>
    </message>
    <message>
        <source>At the current rate the upload needs about %1 more, but the sign-in token expires in %2. The cloud may then refuse the rest and drop the data; a faster link or a longer token lifetime avoids this.</source>
        <extracomment>%1 = estimated time left, %2 = time until the token expires</extracomment>
        <translation>Al ritmo actual la carga necesita unos %1 más, pero el token de inicio de sesión caduca en %2. La nube puede entonces rechazar el resto y descartar los datos; una conexión más rápida o un token más duradero lo evitan.</translation>
    </message>
    <message>
        <source>Image file uploaded</source>
        <translation>Archivo de imagen cargado</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator. The image stays queued: resume the upload or delete it.</source>
        <translation>El operador canceló la carga. La imagen sigue en cola: reanude la carga o elimínela.</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <extracomment>%1 = why the upload failed</extracomment>
        <translation>La carga falló: %1</translation>
    </message>
    <message>
        <source>Upload resumed by the operator (the whole file is sent again: Glance has no partial upload).</source>
        <translation>El operador reanudó la carga (se vuelve a enviar el archivo entero: Glance no admite la carga parcial).</translation>
    </message>
    <message>
        <source>The image could not be deleted: %1</source>
        <extracomment>%1 = why the image could not be deleted</extracomment>
        <translation>No se pudo eliminar la imagen: %1</translation>
    </message>
    <message>
        <source>Image deleted by the operator.</source>
        <translation>El operador eliminó la imagen.</translation>
    </message>
    <message>
        <source>The image&apos;s %1 differs from the file&apos;s: the cloud did not store the bytes that were sent. Delete the image and upload again.</source>
        <extracomment>%1 = the fields that differ, e.g. &quot;os_hash_value (sha512)&quot;</extracomment>
        <translation>El %1 de la imagen difiere del del archivo: la nube no guardó los bytes enviados. Elimine la imagen y vuelva a cargarla.</translation>
    </message>
    <message>
        <source>Verified: the image&apos;s %1 match the file.</source>
        <extracomment>%1 = the fields compared, e.g. &quot;checksum (MD5), os_hash_value (sha512)&quot;</extracomment>
        <translation>Verificada: el %1 de la imagen coincide con el archivo.</translation>
    </message>
    <message>
        <source>Not verified: the file&apos;s digests were not computed in this session.</source>
        <translation>Sin verificar: los resúmenes del archivo no se calcularon en esta sesión.</translation>
    </message>
    <message>
        <source>Not verified: the image carries no checksum this app computed (its os_hash_algo is %1).</source>
        <extracomment>%1 = the image&apos;s os_hash_algo or &quot;-&quot;</extracomment>
        <translation>Sin verificar: la imagen no tiene ninguna suma de comprobación que esta aplicación haya calculado (su os_hash_algo es %1).</translation>
    </message>
    <message>
        <source>The image no longer exists on the cloud (it was deleted).</source>
        <translation>La imagen ya no existe en la nube (se eliminó).</translation>
    </message>
    <message>
        <source>Found the image by its chosen ID (%1): the create did take effect.</source>
        <extracomment>%1 = the image&apos;s status</extracomment>
        <translation>Se encontró la imagen por su ID elegido (%1): la creación sí tuvo efecto.</translation>
    </message>
    <message>
        <source>The image is queued and no upload is running: resume the upload or delete the image.</source>
        <translation>La imagen está en cola y no hay ninguna carga en curso: reanude la carga o elimine la imagen.</translation>
    </message>
    <message>
        <source>Could not look the image up by this job&apos;s marker: %1</source>
        <extracomment>%1 = why the cloud could not be asked</extracomment>
        <translation>No se pudo buscar la imagen por el marcador de este trabajo: %1</translation>
    </message>
    <message>
        <source>No image carries this job&apos;s marker: the create did not reach the cloud, or the cloud has not registered the image yet. Look again later, or remove the job and create the image again.</source>
        <translation>Ninguna imagen lleva el marcador de este trabajo: la solicitud de creación no llegó a la nube o la nube aún no ha registrado la imagen. Vuelva a buscar más tarde, o quite el trabajo y cree la imagen de nuevo.</translation>
    </message>
    <message>
        <source>Found by its marker: the create reached the cloud (image %1).</source>
        <extracomment>%1 = image IDs</extracomment>
        <translation>Encontrada por su marcador: la solicitud de creación llegó a la nube (imagen %1).</translation>
    </message>
    <message>
        <source>The image the job made was killed or deleted.</source>
        <translation>La imagen que creó el trabajo está en estado killed o se eliminó.</translation>
    </message>
    <message>
        <source>The image is not active yet; look again later.</source>
        <translation>La imagen aún no está active; vuelva a buscar más tarde.</translation>
    </message>
    <message>
        <source>The cloud could not be reached (%1): its jobs wait until it answers again.</source>
        <extracomment>%1 = why the cloud could not be reached</extracomment>
        <translation>No se pudo conectar con la nube (%1): sus trabajos esperan hasta que vuelva a responder.</translation>
    </message>
    <message>
        <source>No time limit: the monitor waits for the end.</source>
        <translation>Sin límite de tiempo: el monitor espera hasta el final.</translation>
    </message>
    <message>
        <source>Time limit set: the monitor stops waiting %1 after the start.</source>
        <extracomment>%1 = a duration such as &quot;2 h 0 min&quot;</extracomment>
        <translation>Límite de tiempo establecido: el monitor deja de esperar %1 después del inicio.</translation>
    </message>
    <message>
        <source>The monitor stopped waiting after %1, the limit set for this job. The cloud may still finish the work: Retry poll watches it again.</source>
        <extracomment>%1 = the job&apos;s time limit as a duration such as &quot;2 h 0 min&quot;</extracomment>
        <translation>El monitor dejó de esperar después de %1, el límite fijado para este trabajo. La nube aún puede terminar la operación: Reintentar consulta vuelve a seguirlo.</translation>
    </message>
    <message>
        <source>Watching again, without a time limit.</source>
        <translation>Seguimiento reanudado, sin límite de tiempo.</translation>
    </message>
    <message>
        <source>Could not look the image up by its name: %1</source>
        <extracomment>%1 = why the cloud could not be asked</extracomment>
        <translation>No se pudo buscar la imagen por su nombre: %1</translation>
    </message>
    <message>
        <source>Found image %1 named “%2”, made after the request: the upload did take effect.</source>
        <extracomment>%1 = the image ID, %2 = the image name</extracomment>
        <translation>Se encontró la imagen %1 llamada «%2», creada después de la solicitud: la carga sí se realizó.</translation>
    </message>
    <message>
        <source>No image with this name was made after the request, and the volume could not be read: %1</source>
        <extracomment>%1 = why the volume could not be read</extracomment>
        <translation>No se creó ninguna imagen con este nombre después de la solicitud, y no se pudo leer el volumen: %1</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>respuesta ilegible</translation>
    </message>
    <message>
        <source>The volume is uploading, but no image named “%1” made after the request was found yet. Look again later.</source>
        <extracomment>%1 = the image name</extracomment>
        <translation>El volumen se está cargando, pero aún no se encontró ninguna imagen llamada «%1» creada después de la solicitud. Vuelva a buscar más tarde.</translation>
    </message>
    <message>
        <source>No image named “%1” was made after the request and the volume is %2: the upload did not take effect. Nothing was sent again; remove the job and upload the volume again if needed.</source>
        <extracomment>%1 = the image name, %2 = the volume&apos;s status (available, in-use, ...)</extracomment>
        <translation>No se creó ninguna imagen llamada «%1» después de la solicitud y el volumen está %2: la carga no se realizó. No se volvió a enviar nada; quite el trabajo y cargue el volumen de nuevo si es necesario.</translation>
    </message>
    <message>
        <source>Image %1 was made (%2).</source>
        <extracomment>%1 = image name, %2 = image ID</extracomment>
        <translation>La imagen %1 se creó (%2).</translation>
    </message>
    <message>
        <source>Image %1 failed: %2</source>
        <extracomment>%1 = image name or sub-job ID, %2 = the cloud&apos;s error code and reason</extracomment>
        <translation>La imagen %1 falló: %2</translation>
    </message>
    <message>
        <source>the cloud gave no reason</source>
        <translation>la nube no indicó el motivo</translation>
    </message>
    <message>
        <source>%1 of the images were made and %2 failed (see the history): %3</source>
        <extracomment>%1 = how many images were made, %2 = how many failed, %3 = the cloud&apos;s reason</extracomment>
        <translation>Se crearon %1 de las imágenes y %2 fallaron (vea el historial): %3</translation>
    </message>
    <message>
        <source>The cloud has the whole file after all (the image is %1): the upload did not fail.</source>
        <extracomment>%1 = the image&apos;s status (saving, active)</extracomment>
        <translation>La nube tiene el archivo completo (la imagen está en %1): la carga no falló.</translation>
    </message>
    <message>
        <source>An image with the chosen ID exists: an earlier create request took effect.</source>
        <translation>Existe una imagen con el ID elegido: una solicitud de creación anterior se llevó a cabo.</translation>
    </message>
    <message>
        <source>The create request sent again was refused (%1); whether the first one took effect is not known.</source>
        <extracomment>%1 = the cloud&apos;s refusal</extracomment>
        <translation>La solicitud de creación enviada de nuevo fue rechazada (%1); no se sabe si la primera se llevó a cabo.</translation>
    </message>
    <message>
        <source>No answer to the create request (%1). Sending the same request again in %2 s: the image ID is chosen here, so the cloud cannot make the image twice.</source>
        <extracomment>%1 = why no answer came, %2 = seconds</extracomment>
        <translation>No hubo respuesta a la solicitud de creación (%1). Se enviará la misma solicitud de nuevo en %2 s: el ID de la imagen se elige aquí, así que la nube no puede crear la imagen dos veces.</translation>
    </message>
    <message>
        <source>No image has the chosen ID yet: the create request may not have reached the cloud, or the cloud has not carried it out yet. Looking again.</source>
        <translation>Todavía no hay ninguna imagen con el ID elegido: puede que la solicitud de creación no llegara a la nube o que la nube aún no la haya llevado a cabo. Se volverá a consultar.</translation>
    </message>
    <message>
        <source>Still no image with the chosen ID. Nothing is sent again on its own: look again with Retry Poll, or remove the job and create the image again.</source>
        <translation>Sigue sin haber ninguna imagen con el ID elegido. No se envía nada de nuevo por sí solo: vuelva a consultar con Reintentar consulta, o elimine el trabajo y cree la imagen de nuevo.</translation>
    </message>
    <message>
        <source>Stopped watching. The cloud cannot cancel this work and carries on with it; Watch Again asks it how it ended.</source>
        <translation>Se dejó de seguir. La nube no puede cancelar este trabajo y lo continúa; Volver a seguir le pregunta cómo terminó.</translation>
    </message>
    <message>
        <source>Watching again.</source>
        <translation>Siguiendo de nuevo.</translation>
    </message>
    <message>
        <source>The cloud killed the image: it refused or could not store the image data (a file whose format does not match the disk format, a file larger than the cloud allows, the image quota, or a fault while it was stored). Check the file and the quota, delete this image, and create it again.</source>
        <translation>La nube eliminó la imagen (killed): rechazó o no pudo almacenar los datos de la imagen (un archivo cuyo formato no coincide con el formato de disco, un archivo mayor de lo que la nube permite, la cuota de imágenes o un fallo al almacenarlo). Compruebe el archivo y la cuota, elimine esta imagen y vuelva a crearla.</translation>
    </message>
    <message>
        <source>The image was deleted in the cloud before it became active (status %1). Create it again if it is still needed.</source>
        <translation>La imagen se eliminó en la nube antes de quedar activa (estado %1). Vuelva a crearla si todavía la necesita.</translation>
    </message>
    <message>
        <source>%1 cannot be sent by this version.</source>
        <translation>Esta versión no puede enviar %1.</translation>
    </message>
    <message>
        <source>Image sharing (IMS)</source>
        <translation>Uso compartido de imagen (IMS)</translation>
    </message>
    <message>
        <source>Sharing the image with %1</source>
        <translation>Compartiendo la imagen con %1</translation>
    </message>
    <message>
        <source>Ending the sharing with %1</source>
        <translation>Dejando de compartir con %1</translation>
    </message>
    <message>
        <source>Accepting the shared image</source>
        <translation>Aceptando la imagen compartida</translation>
    </message>
    <message>
        <source>Rejecting the shared image</source>
        <translation>Rechazando la imagen compartida</translation>
    </message>
    <message>
        <source>OBS bucket %1 checked: region %2, storage class %3</source>
        <translation>Bucket de OBS %1 comprobado: región %2, clase de almacenamiento %3</translation>
    </message>
    <message>
        <source>Multipart upload %1 started (parts of %2)</source>
        <translation>Carga multiparte %1 iniciada (partes de %2)</translation>
    </message>
    <message>
        <source>%1 of %2 parts are already in the bucket and match the file; sending the others</source>
        <translation>%1 de %2 partes ya están en el bucket y coinciden con el archivo; se envían las demás</translation>
    </message>
    <message>
        <source>Uploading the image file %1 (%2) to OBS bucket %3 as object %4</source>
        <translation>Cargando el archivo de imagen %1 (%2) en el bucket de OBS %3 como objeto %4</translation>
    </message>
    <message>
        <source>Resuming multipart upload %1: asking the bucket which parts it holds</source>
        <translation>Reanudando la carga multiparte %1: se pregunta al bucket qué partes tiene</translation>
    </message>
    <message>
        <source>Image file uploaded to OBS as %1 (ETag %2)</source>
        <translation>Archivo de imagen cargado en OBS como %1 (ETag %2)</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator; the multipart upload was aborted, nothing of it is left in the bucket.</source>
        <translation>El operador canceló la carga; la carga multiparte se anuló y no queda nada de ella en el bucket.</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator, but the multipart upload could not be aborted: %1. imagewright obs uploads lists it.</source>
        <translation>El operador canceló la carga, pero la carga multiparte no se pudo anular: %1. imagewright obs uploads la muestra.</translation>
    </message>
    <message>
        <source>Multipart upload %1 is no longer in the bucket; uploading again</source>
        <translation>La carga multiparte %1 ya no está en el bucket; se vuelve a cargar</translation>
    </message>
    <message>
        <source>Upload paused; the parts sent stay in the bucket and a resume sends only the others.</source>
        <translation>Carga en pausa; las partes enviadas quedan en el bucket y al reanudar solo se envían las demás.</translation>
    </message>
    <message>
        <source>The upload stopped: %1 Resuming it sends only the missing parts.</source>
        <translation>La carga se detuvo: %1 Al reanudarla solo se envían las partes que faltan.</translation>
    </message>
    <message>
        <source>The import could not be sent: the cloud profile is not available. Resume sends it.</source>
        <translation>No se pudo enviar la importación: el perfil de nube no está disponible. Al reanudar se envía.</translation>
    </message>
    <message>
        <source>The import was not sent: the job history could not be saved (%1). Resume sends it.</source>
        <translation>La importación no se envió: no se pudo guardar el historial de trabajos (%1). Al reanudar se envía.</translation>
    </message>
    <message>
        <source>The import was refused: %1 The object %2 stays in the bucket; method 3 (image file in an OBS bucket) can import it without uploading again.</source>
        <translation>La importación fue rechazada: %1 El objeto %2 queda en el bucket; el método 3 (archivo de imagen en un bucket de OBS) puede importarlo sin cargarlo de nuevo.</translation>
    </message>
    <message>
        <source>The object %1 could not be deleted: %2</source>
        <translation>No se pudo eliminar el objeto %1: %2</translation>
    </message>
    <message>
        <source>The image is active; the object %1 was deleted from the bucket (keep_object is false)</source>
        <translation>La imagen está activa; el objeto %1 se eliminó del bucket (keep_object es false)</translation>
    </message>
    <message>
        <source>Image copy (IMS)</source>
        <translation>Copia de imagen (IMS)</translation>
    </message>
    <message>
        <source>Image copy to another region (IMS)</source>
        <translation>Copia de imagen a otra región (IMS)</translation>
    </message>
    <message>
        <source>Image export to OBS (IMS)</source>
        <translation>Exportación de imagen a OBS (IMS)</translation>
    </message>
    <message>
        <source>The copy is image %1.</source>
        <translation>La copia es la imagen %1.</translation>
    </message>
    <message>
        <source>The cloud&apos;s job names image %1.</source>
        <translation>El trabajo de la nube nombra la imagen %1.</translation>
    </message>
    <message>
        <source>Copying the image to region %1 (project %2) as %3</source>
        <translation>Copiando la imagen a la región %1 (proyecto %2) como %3</translation>
    </message>
    <message>
        <source>Copying the image to a new image %1</source>
        <translation>Copiando la imagen a una nueva imagen %1</translation>
    </message>
    <message>
        <source>Exporting the image to OBS %1 (%2)</source>
        <translation>Exportando la imagen a OBS %1 (%2)</translation>
    </message>
    <message>
        <extracomment>%1 = the bitmap file&apos;s name, %2 = bucket:object</extracomment>
        <source>Uploading the RAW file&apos;s bitmap file %1 beside it as %2</source>
        <translation>Cargando el archivo de mapa de bits %1 del archivo RAW junto a él como %2</translation>
    </message>
    <message>
        <extracomment>%1 = bucket:object, %2 = the object&apos;s ETag</extracomment>
        <source>Bitmap file uploaded as %1 (ETag %2)</source>
        <translation>Archivo de mapa de bits cargado como %1 (ETag %2)</translation>
    </message>
    <message>
        <extracomment>%1 = the bucket&apos;s name</extracomment>
        <source>IMS could not read the bucket %1. IMS needs permission to read the account&apos;s OBS buckets: grant it where your cloud&apos;s console offers it for image import, and check the bucket&apos;s policy and ACL. Then import the object with method 3.</source>
        <translation>IMS no pudo leer el bucket %1. IMS necesita permiso para leer cada bucket de OBS de la cuenta: concédalo donde la consola de su nube lo ofrezca para la importación de imágenes y revise la política y la ACL del bucket. Después importe el objeto con el método 3.</translation>
    </message>
</context>
<context>
    <name>JobMonitorView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All jobs</source>
        <comment>job filter</comment>
        <translation>Todos los trabajos</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job filter</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>job filter</comment>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>job filter</comment>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>No image jobs yet.
Choose “Create image…” to make a private image; its job appears here and is followed until the cloud reports the end.</source>
        <translation>Todavía no hay trabajos de imagen.
Elija «Crear imagen…» para crear una imagen privada; su trabajo aparecerá aquí y se seguirá hasta que la nube notifique el final.</translation>
    </message>
    <message>
        <source>&amp;Copy Image ID</source>
        <translation>&amp;Copiar ID de la imagen</translation>
    </message>
    <message>
        <source>&amp;Retry Poll</source>
        <translation>&amp;Reintentar consulta</translation>
    </message>
    <message>
        <source>Ask the cloud about this job now</source>
        <translation>Consultar ahora a la nube sobre este trabajo</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>&amp;Dejar de seguir</translation>
    </message>
    <message>
        <source>Stop asking the cloud about this job. The cloud keeps working on it.</source>
        <translation>Dejar de consultar a la nube sobre este trabajo. La nube sigue procesándolo.</translation>
    </message>
    <message>
        <source>Remove from &amp;History</source>
        <translation>Quitar del &amp;historial</translation>
    </message>
    <message>
        <source>Stop watching “%1”?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>¿Dejar de seguir «%1»?</translation>
    </message>
    <message>
        <source>Imagewright will stop asking the cloud about this job. The cloud cannot cancel an image job and keeps working on it: the image may still appear in the cloud&apos;s image list.</source>
        <translation>Imagewright dejará de consultar a la nube sobre este trabajo. La nube no puede cancelar un trabajo de imagen y sigue procesándolo: es posible que la imagen aparezca igualmente en la lista de imágenes de la nube.</translation>
    </message>
    <message>
        <source>Remove “%1” from the history?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>¿Quitar «%1» del historial?</translation>
    </message>
    <message>
        <source>This job is still running on the cloud. Removing it only removes it from this list; the cloud keeps working on it.</source>
        <translation>Este trabajo aún está en curso en la nube. Quitarlo solo lo elimina de esta lista; la nube sigue procesándolo.</translation>
    </message>
    <message>
        <source>Filter by image name, image ID, cloud or status</source>
        <translation>Filtrar por nombre de imagen, ID de imagen, nube o estado</translation>
    </message>
    <message>
        <source>Failed or stopped</source>
        <comment>job filter: failed, or no longer watched</comment>
        <translation>Fallidos o detenidos</translation>
    </message>
    <message>
        <source>&amp;Give Up After…</source>
        <translation>Dejar de &amp;esperar tras…</translation>
    </message>
    <message>
        <source>Stop waiting for this job after a time limit. There is no limit unless you set one.</source>
        <translation>Dejar de esperar este trabajo tras un límite de tiempo. No hay límite a menos que lo establezca.</translation>
    </message>
    <message>
        <source>Time limit for “%1”</source>
        <extracomment>%1 = image name</extracomment>
        <translation>Límite de tiempo para «%1»</translation>
    </message>
    <message>
        <source>Stop waiting for this job this many hours after it started (0: no limit). The job then needs attention; the cloud may still finish the work.</source>
        <translation>Dejar de esperar este trabajo estas horas después de su inicio (0: sin límite). El trabajo pasa a requerir atención; la nube aún puede terminar la operación.</translation>
    </message>
    <message>
        <source>Watch &amp;Again</source>
        <translation>Volver a &amp;seguir</translation>
    </message>
    <message>
        <source>Follow this job again: ask the cloud how it ended</source>
        <translation>Seguir este trabajo de nuevo: preguntar a la nube cómo terminó</translation>
    </message>
    <message>
        <source>Only this job&apos;s record is removed from the list; its images stay in the cloud. It cannot be brought back.</source>
        <translation>Solo se quita de la lista el registro de este trabajo; sus imágenes permanecen en la nube. No se puede recuperar.</translation>
    </message>
    <message>
        <source>Reading the job history…</source>
        <translation>Leyendo el historial de trabajos…</translation>
    </message>
    <message>
        <source>Res&amp;ume Upload</source>
        <translation>Re&amp;anudar la carga</translation>
    </message>
    <message>
        <source>Go on with the stopped upload: only the parts the bucket does not hold are sent.</source>
        <translation>Continuar la carga detenida: solo se envían las partes que el bucket no tiene.</translation>
    </message>
    <message>
        <source>Cancel the upload of “%1”?</source>
        <translation>¿Cancelar la carga de «%1»?</translation>
    </message>
    <message>
        <source>The multipart upload is aborted in the OBS bucket: the parts sent are deleted and nothing is imported. The job ends cancelled.</source>
        <translation>La carga multiparte se anula en el bucket de OBS: las partes enviadas se eliminan y no se importa nada. El trabajo termina cancelado.</translation>
    </message>
</context>
<context>
    <name>JobRecord</name>
    <message>
        <source>Submitting</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Seguimiento detenido</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleta</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Sin seguimiento</translation>
    </message>
    <message>
        <source>Unknown kind (%1)</source>
        <extracomment>A job a newer version of the app wrote; %1 = its kind as stored</extracomment>
        <translation>Tipo desconocido (%1)</translation>
    </message>
    <message>
        <source>Unknown state (%1)</source>
        <extracomment>A job state a newer version of the app wrote; %1 = the state as stored</extracomment>
        <translation>Estado desconocido (%1)</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = the cloud&apos;s error code, %2 = the cloud&apos;s failure reason (verbatim)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>Seguimiento detenido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 = our state word, %2 = the cloud&apos;s raw status such as RUNNING</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 (uploading)</source>
        <extracomment>%1 = our state word (&quot;Running&quot;)</extracomment>
        <translation>%1 (cargando)</translation>
    </message>
    <message>
        <source>%1 (waiting for the cloud to be reachable)</source>
        <extracomment>%1 = our state word (&quot;Running&quot;); the cloud cannot be reached at the moment</extracomment>
        <translation>%1 (esperando a que la nube sea accesible)</translation>
    </message>
    <message>
        <source>Not watched: Watch Again asks the cloud how it ended</source>
        <translation>Sin seguimiento: Volver a seguir pregunta a la nube cómo terminó</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Estimated from the rate the cloud reported; its last answer said %1.</source>
        <translation>Estimado a partir del ritmo que informó la nube; su última respuesta indicaba %1.</translation>
    </message>
    <message>
        <extracomment>%1 = our state word (&quot;Running&quot;); a job sent with OS_* variables that no saved profile follows yet (the job details offer &quot;Sign In for These Jobs…&quot;)</extracomment>
        <source>%1 (not followed until you sign in)</source>
        <translation>%1 (sin seguimiento hasta que inicie sesión)</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <source>Row %1: %2</source>
        <extracomment>Validation of a key/value row. %1 = row number in the table, %2 = the message</extracomment>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>metadata key</comment>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>metadata value</comment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>Añadir elemen&amp;to</translation>
    </message>
    <message>
        <source>Remo&amp;ve Item</source>
        <translation>&amp;Quitar elemento</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>El llavero no respondió a tiempo.</translation>
    </message>
</context>
<context>
    <name>KeystoneSession</name>
    <message>
        <source>the identity service sent no token or no expiry time</source>
        <translation>el servicio de identidad no envió ningún token o ninguna hora de caducidad</translation>
    </message>
    <message>
        <source>no password is stored for this profile</source>
        <translation>no hay ninguna contraseña guardada para este perfil</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1)</source>
        <translation>no se pudo leer el llavero (%1)</translation>
    </message>
    <message>
        <source>no application credential secret is stored for this profile</source>
        <translation>no hay ningún secreto de credencial de aplicación guardado para este perfil</translation>
    </message>
</context>
<context>
    <name>LibraryImage</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Imagewright</source>
        <translation>Imagewright</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <comment>menu</comment>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Create Image…</source>
        <translation>&amp;Crear imagen…</translation>
    </message>
    <message>
        <source>Create a private image (Ctrl+N)</source>
        <translation>Crear una imagen privada (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cloud (local)</source>
        <translation>Iniciar nube de &amp;demostración (local)</translation>
    </message>
    <message>
        <source>Cloud &amp;Profiles…</source>
        <translation>&amp;Perfiles de nube…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Imagewright</source>
        <translation>&amp;Acerca de Imagewright</translation>
    </message>
    <message>
        <source>No cloud profile</source>
        <translation>Sin perfil de nube</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <extracomment>Status bar. %1 = cloud profile name</extracomment>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <extracomment>Status bar. %1 = cloud profile name, %2 = region</extracomment>
        <translation>Perfil: %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Starting the demo cloud…</source>
        <translation>Iniciando la nube de demostración…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <source>Create image needs a cloud profile: start the demo cloud from the File menu.</source>
        <translation>«Crear imagen» necesita un perfil de nube: inicie la nube de demostración desde el menú Archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n image job(s) running</source>
        <extracomment>Status bar. %n = image jobs still running on the cloud</extracomment>
        <translation>
            <numerusform>%n trabajo de imagen en curso</numerusform>
            <numerusform>%n trabajos de imagen en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>About Imagewright</source>
        <translation>Acerca de Imagewright</translation>
    </message>
    <message>
        <source>Imagewright %1

Creates private server images on Huawei Cloud IMS and OpenStack (Nova, Cinder, Glance) and follows every image job until the cloud reports its end.</source>
        <extracomment>%1 = version number</extracomment>
        <translation>Imagewright %1

Crea imágenes privadas de servidores en Huawei Cloud IMS y OpenStack (Nova, Cinder, Glance) y sigue cada trabajo de imagen hasta que la nube notifica su final.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add, edit and test cloud profiles</source>
        <translation>Añadir, editar y probar perfiles de nube</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>Pe&amp;rfil:</translation>
    </message>
    <message>
        <source>The cloud profile the main window works with</source>
        <translation>Perfil de nube con el que trabaja la ventana principal</translation>
    </message>
    <message>
        <source>No password is stored in the system keychain for this profile.</source>
        <translation>No hay ninguna contraseña guardada en el llavero del sistema para este perfil.</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1); it is used for this session only.</source>
        <extracomment>Status bar. %1 = the keychain&apos;s reason</extracomment>
        <translation>No se pudo guardar la contraseña en el llavero del sistema (%1); solo se usará en esta sesión.</translation>
    </message>
    <message>
        <source>Image created: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>Imagen creada: %1</translation>
    </message>
    <message>
        <source>Image ID: %1</source>
        <extracomment>%1 = image IDs</extracomment>
        <translation>ID de la imagen: %1</translation>
    </message>
    <message>
        <source>Image creation failed: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>Falló la creación de la imagen: %1</translation>
    </message>
    <message>
        <source>Image job cancelled: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>Trabajo de imagen cancelado: %1</translation>
    </message>
    <message>
        <source>Image job needs attention: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>El trabajo de imagen requiere atención: %1</translation>
    </message>
    <message>
        <source>Cloud not reachable</source>
        <translation>Nube no accesible</translation>
    </message>
    <message>
        <source>The cloud of this profile does not answer. Its jobs keep their state and are asked again as soon as it answers.</source>
        <translation>La nube de este perfil no responde. Sus trabajos conservan su estado y se consultan de nuevo en cuanto responda.</translation>
    </message>
    <message>
        <source>The cloud of %1 answers again: its jobs are being asked.</source>
        <extracomment>Status bar. %1 = cloud profile name</extracomment>
        <translation>La nube de %1 vuelve a responder: se consultan sus trabajos.</translation>
    </message>
    <message>
        <source>The cloud of %1 cannot be reached: its jobs wait for it.</source>
        <translation>No se puede acceder a la nube de %1: sus trabajos la esperan.</translation>
    </message>
    <message>
        <source>Quit While Uploading</source>
        <translation>Salir durante la carga</translation>
    </message>
    <message numerus="yes">
        <source>Imagewright is still uploading %n image file(s). If you quit now, the upload stops: the image stays queued on the cloud and its job is marked incomplete, to be resumed or deleted later.</source>
        <translation>
            <numerusform>Imagewright todavía está cargando %n archivo de imagen. Si sale ahora, la carga se detiene: la imagen sigue en cola en la nube y su trabajo queda como incompleto; podrá reanudar la carga o eliminar la imagen más tarde.</numerusform>
            <numerusform>Imagewright todavía está cargando %n archivos de imagen. Si sale ahora, la carga se detiene: las imágenes siguen en cola en la nube y sus trabajos quedan como incompletos; podrá reanudar la carga o eliminar las imágenes más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit and Make It Incomplete</source>
        <translation>&amp;Salir y dejarla incompleta</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Continuar la carga</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Show &amp;Image</source>
        <translation>Mostrar &amp;imagen</translation>
    </message>
    <message>
        <source>Show the job&apos;s image in the image library</source>
        <translation>Muestra la imagen del trabajo en la biblioteca de imágenes</translation>
    </message>
    <message>
        <source>Profile Toolbar</source>
        <translation>Barra de perfil</translation>
    </message>
    <message>
        <source>The system keychain did not save a secret of the profile &quot;%1&quot; (%2). Open Cloud Profiles… to save it again or to use it for this session only.</source>
        <translation>El llavero del sistema no guardó un secreto del perfil «%1» (%2). Abra Perfiles de nube… para guardarlo de nuevo o usarlo solo en esta sesión.</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>This version of Imagewright does not build it yet.</source>
        <translation>Esta versión de Imagewright todavía no admite este método.</translation>
    </message>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>No hay ningún perfil de nube seleccionado.</translation>
    </message>
    <message>
        <source>%1 clouds have no Image Management Service (IMS).</source>
        <extracomment>%1 = cloud family, e.g. &quot;FJcloud-O&quot; or &quot;OpenStack&quot;</extracomment>
        <translation>Las nubes %1 no tienen el servicio de imágenes IMS (Image Management Service).</translation>
    </message>
    <message>
        <source>The cloud&apos;s service catalog lists no “%1” service.</source>
        <extracomment>%1 = a service type of the Keystone catalog, e.g. &quot;image&quot; or &quot;volumev3&quot;</extracomment>
        <translation>El catálogo de servicios de la nube no incluye ningún servicio «%1».</translation>
    </message>
    <message>
        <source>Create Image</source>
        <translation>Crear imagen</translation>
    </message>
    <message>
        <source>Choose how the private image is made.</source>
        <translation>Elija cómo se crea la imagen privada.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <extracomment>Shown under a creation method that cannot be chosen. %1 = the reason(s)</extracomment>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>Checking which services the cloud offers…</source>
        <translation>Comprobando qué servicios ofrece la nube…</translation>
    </message>
    <message>
        <source>Not in the wizard yet: send a request file of method %1 with imagewright submit.</source>
        <translation>Aún no está en el asistente: envíe un archivo de solicitud del método %1 con imagewright submit.</translation>
    </message>
</context>
<context>
    <name>NovaCreateImageRequest</name>
    <message>
        <source>Enter a name for the image.</source>
        <translation>Introduzca un nombre para la imagen.</translation>
    </message>
    <message>
        <source>The name may have at most %1 bytes of UTF-8; this one has %2. Letters outside ASCII take two to four bytes each.</source>
        <extracomment>%1 = the limit (242), %2 = the name&apos;s size; bytes of UTF-8, not characters</extracomment>
        <translation>El nombre puede tener como máximo %1 bytes en UTF-8; este tiene %2. Los caracteres que no son ASCII ocupan de dos a cuatro bytes cada uno.</translation>
    </message>
    <message>
        <source>The name may not start or end with a space.</source>
        <translation>El nombre no puede empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>The name may not contain control characters such as tabs or line breaks.</source>
        <translation>El nombre no puede contener caracteres de control, como tabulaciones o saltos de línea.</translation>
    </message>
    <message>
        <source>Choose the server to make the image from.</source>
        <translation>Elija el servidor a partir del cual se creará la imagen.</translation>
    </message>
    <message>
        <source>Enter a key for this metadata item.</source>
        <translation>Introduzca una clave para este elemento de metadatos.</translation>
    </message>
    <message>
        <source>A metadata key may have at most %1 characters.</source>
        <translation>Una clave de metadatos puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A metadata key may only contain ASCII letters, digits, spaces and - _ : .</source>
        <translation>Una clave de metadatos solo puede contener letras ASCII, dígitos, espacios y - _ : .</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used twice.</source>
        <translation>La clave «%1» se usa dos veces.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is reserved: Imagewright uses it to find the image again.</source>
        <translation>La clave «%1» está reservada: Imagewright la usa para volver a encontrar la imagen.</translation>
    </message>
    <message>
        <source>A metadata value may have at most %1 characters.</source>
        <translation>Un valor de metadatos puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The body must be {&quot;createImage&quot;: {&quot;name&quot;: ..., &quot;metadata&quot;: {...}}}.</source>
        <translation>El cuerpo debe tener la forma {&quot;createImage&quot;: {&quot;name&quot;: ..., &quot;metadata&quot;: {...}}}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>«%1» debe ser una cadena de texto.</translation>
    </message>
    <message>
        <source>The metadata value of &quot;%1&quot; must be a text.</source>
        <translation>El valor de metadatos de «%1» debe ser una cadena de texto.</translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object of texts, e.g. {&quot;ImageType&quot;: &quot;Gold&quot;}.</source>
        <translation>«metadata» debe ser un objeto de cadenas de texto, por ejemplo {&quot;ImageType&quot;: &quot;Gold&quot;}.</translation>
    </message>
</context>
<context>
    <name>NovaPage</name>
    <message>
        <source>The compute service snapshots the server into a new private image. The name and metadata follow Nova&apos;s rules.</source>
        <translation>El servicio de cómputo crea una nueva imagen privada a partir de una instantánea del servidor. El nombre y los metadatos siguen las reglas de Nova.</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>1–%1 bytes of UTF-8, no leading or trailing space</source>
        <extracomment>%1 = the byte limit (242)</extracomment>
        <translation>De 1 a %1 bytes en UTF-8, sin espacios al principio ni al final</translation>
    </message>
    <message>
        <source>Metadata</source>
        <comment>group box title: image properties</comment>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Optional image properties. Keys: ASCII letters, digits, spaces and - _ : . (up to 255); values up to 255 characters.</source>
        <translation>Propiedades opcionales de la imagen. Claves: letras ASCII, dígitos, espacios y - _ : . (hasta 255); valores de hasta 255 caracteres.</translation>
    </message>
    <message>
        <source>Before you choose this method:
• Servers created from this image must be in the same availability zone as the original server.
• The image cannot be exported to an OBS bucket; use the IMS system disk image method for that.
• Deleting the image does not delete its snapshots, and deleting the server does not delete the image: remove them yourself.
• The image cannot be used to create data disks.
• Imagewright adds the metadata item %1 to find the image again.</source>
        <extracomment>%1 = the reserved metadata key, imagewright_op</extracomment>
        <translation>Antes de elegir este método:
• Los servidores creados con esta imagen deben estar en la misma zona de disponibilidad que el servidor original.
• La imagen no se puede exportar a un bucket de OBS; para ello use el método de imagen de disco del sistema de IMS.
• Eliminar la imagen no elimina sus instantáneas, y eliminar el servidor no elimina la imagen: elimínelas usted.
• La imagen no sirve para crear discos de datos.
• Imagewright añade el elemento de metadatos %1 para volver a encontrar la imagen.</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <extracomment>%1 = bytes of UTF-8 the name uses, %2 = the limit (242)</extracomment>
        <translation>%1 de %2 bytes</translation>
    </message>
</context>
<context>
    <name>ObsDataDiskEditor</name>
    <message>
        <source>Data disk %1</source>
        <extracomment>%1 = 1, 2 or 3</extracomment>
        <translation>Disco de datos %1</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <comment>OBS file of a data disk</comment>
        <translation>&amp;Archivo de imagen:</translation>
    </message>
    <message>
        <source>bucket:file, e.g. %1</source>
        <translation>bucket:file, p. ej. %1</translation>
    </message>
    <message>
        <source>Minimum disk size (&amp;GB):</source>
        <extracomment>GB = gigabytes</extracomment>
        <translation>Tamaño mínimo del disco (&amp;GB):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>disk size not given yet</comment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <translation>%1–%2 GB</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>image name</comment>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Quick import</source>
        <translation>Importación &amp;rápida</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove this data disk</comment>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>OpenStackEnv</name>
    <message>
        <source>The OpenStack environment is incomplete: %1 not set. Set them (e.g. source your openrc file) or use --profile.</source>
        <extracomment>%1 = list of environment variable names</extracomment>
        <translation>El entorno de OpenStack está incompleto: falta definir %1. Defina esas variables (por ejemplo, cargue su archivo openrc con source) o use --profile.</translation>
    </message>
    <message>
        <source>%1 other than &quot;default&quot; is not supported by this version yet; set %2 instead.</source>
        <extracomment>%1 = e.g. OS_USER_DOMAIN_ID, %2 = e.g. OS_USER_DOMAIN_NAME</extracomment>
        <translation>Esta versión todavía no admite un valor de %1 distinto de «default»; defina %2 en su lugar.</translation>
    </message>
    <message>
        <source>OS_INTERFACE must be public, internal or admin, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value of OS_INTERFACE</extracomment>
        <translation>OS_INTERFACE debe ser public, internal o admin, no «%1».</translation>
    </message>
    <message>
        <source>Environment (%1@%2)</source>
        <extracomment>Name of the cloud profile made from OS_* variables. %1 = user, %2 = project</extracomment>
        <translation>Entorno (%1@%2)</translation>
    </message>
    <message>
        <source>OS_AUTH_TYPE=%1 is not supported by this version yet; only password and application credential authentication are.</source>
        <extracomment>%1 = the value of OS_AUTH_TYPE</extracomment>
        <translation>Esta versión todavía no admite OS_AUTH_TYPE=%1; solo admite la autenticación por contraseña y por credencial de aplicación.</translation>
    </message>
    <message>
        <source>Environment (application credential %1)</source>
        <extracomment>Name of the cloud profile made from OS_* variables. %1 = the credential&apos;s ID or name</extracomment>
        <translation>Entorno (credencial de aplicación %1)</translation>
    </message>
    <message>
        <source>OS_IDENTITY_API_VERSION=%1: Imagewright needs Keystone v3.</source>
        <translation>OS_IDENTITY_API_VERSION=%1: Imagewright necesita Keystone v3.</translation>
    </message>
    <message>
        <source>OS_CLOUD is &quot;%1&quot;, but no clouds.yaml was found (OS_CLIENT_CONFIG_FILE, the current folder, ~/.config/openstack, /etc/openstack).</source>
        <extracomment>%1 = the value of OS_CLOUD</extracomment>
        <translation>OS_CLOUD es &quot;%1&quot;, pero no se encontró ningún clouds.yaml (OS_CLIENT_CONFIG_FILE, la carpeta actual, ~/.config/openstack, /etc/openstack).</translation>
    </message>
    <message>
        <source>%2 has no cloud &quot;%1&quot; (for this OS_REGION_NAME, if set).</source>
        <extracomment>%1 = the value of OS_CLOUD, %2 = the clouds.yaml file</extracomment>
        <translation>%2 no tiene ninguna nube &quot;%1&quot; (para este OS_REGION_NAME, si está definido).</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; of clouds.yaml cannot be used: %2</source>
        <extracomment>%1 = the cloud&apos;s name in clouds.yaml, %2 = why it cannot be used</extracomment>
        <translation>No se puede usar la nube &quot;%1&quot; de clouds.yaml: %2</translation>
    </message>
    <message>
        <source>AK/SK clouds of clouds.yaml are not used by submit: import the cloud as a profile (Profiles… → Import…) and use --profile.</source>
        <translation>submit no usa las nubes AK/SK de clouds.yaml: importe la nube como perfil (Perfiles de nube → Importar…) y use --profile.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; of clouds.yaml has no application_credential_secret (nor secure.yaml).</source>
        <extracomment>%1 = the cloud&apos;s name in clouds.yaml</extracomment>
        <translation>La nube &quot;%1&quot; de clouds.yaml no tiene application_credential_secret (ni en secure.yaml).</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; of clouds.yaml has no password (nor secure.yaml); submit cannot ask for one.</source>
        <extracomment>%1 = the cloud&apos;s name in clouds.yaml</extracomment>
        <translation>La nube &quot;%1&quot; de clouds.yaml no tiene contraseña (ni en secure.yaml); submit no puede pedirla.</translation>
    </message>
    <message>
        <source>clouds.yaml (%1)</source>
        <extracomment>Name of the profile made from OS_CLOUD. %1 = the cloud&apos;s name in clouds.yaml</extracomment>
        <translation>clouds.yaml (%1)</translation>
    </message>
</context>
<context>
    <name>OpenrcImport</name>
    <message>
        <source>a quote is not closed on this line</source>
        <translation>hay una comilla sin cerrar en esta línea</translation>
    </message>
    <message>
        <source>command substitution is not run</source>
        <translation>la sustitución de órdenes no se ejecuta</translation>
    </message>
    <message>
        <source>only simple variable assignments are read</source>
        <translation>solo se leen asignaciones sencillas de variables</translation>
    </message>
    <message>
        <source>only $NAME and ${NAME} expansions are read</source>
        <translation>solo se leen las expansiones $NAME y ${NAME}</translation>
    </message>
    <message>
        <source>line %1: %2; it is not used.</source>
        <extracomment>%1 = line number, %2 = why the line is not used (never its values)</extracomment>
        <translation>línea %1: %2; no se usa.</translation>
    </message>
    <message>
        <source>a read command without a variable name</source>
        <translation>una orden read sin nombre de variable</translation>
    </message>
    <message>
        <source>the command %1 is not run</source>
        <extracomment>%1 = a command name from the file (e.g. source)</extracomment>
        <translation>la orden %1 no se ejecuta</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 = file path, %2 = the system&apos;s reason</extracomment>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 sets no OS_* variables: it is not an openrc file.</source>
        <extracomment>%1 = file name</extracomment>
        <translation>%1 no define ninguna variable OS_*: no es un archivo openrc.</translation>
    </message>
    <message>
        <source>The password is not in the file (it asks for it when sourced): Imagewright asks for it at the first sign-in.</source>
        <translation>La contraseña no está en el archivo (la pide al cargarlo con source): Imagewright la pedirá al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>No secret in the file: Imagewright asks for it at the first sign-in.</source>
        <translation>No hay ningún secreto en el archivo: Imagewright lo pedirá al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>%1 is not set in the file.</source>
        <extracomment>%1 = a variable name such as OS_AUTH_URL</extracomment>
        <translation>%1 no está definida en el archivo.</translation>
    </message>
    <message>
        <source>Region %1 taken from the identity URL.</source>
        <extracomment>%1 = region</extracomment>
        <translation>La región %1 se tomó de la URL de identidad.</translation>
    </message>
    <message>
        <source>OS_CLOUD names the cloud &quot;%1&quot; of a clouds.yaml: import that file for its settings.</source>
        <extracomment>%1 = the cloud name OS_CLOUD gives</extracomment>
        <translation>OS_CLOUD indica la nube «%1» de un clouds.yaml: importe ese archivo para obtener sus ajustes.</translation>
    </message>
    <message>
        <source>The token in the file is not imported: a token expires.</source>
        <translation>El token del archivo no se importa: un token caduca.</translation>
    </message>
</context>
<context>
    <name>OsVersionPicker</name>
    <message>
        <source>Reading the OS versions IMS accepts…</source>
        <translation>Leyendo los valores de versión del sistema operativo que acepta IMS…</translation>
    </message>
    <message>
        <source>The cloud&apos;s OS version list could not be read (%1).</source>
        <translation>No se pudo leer de la nube la lista de valores de versión del sistema operativo (%1).</translation>
    </message>
    <message>
        <source>Choose an OS version</source>
        <comment>first entry of the OS version list</comment>
        <translation>Elija una versión del sistema operativo</translation>
    </message>
    <message>
        <source>%1 Type the OS version instead, exactly as IMS lists it.</source>
        <extracomment>%1 = why the list could not be read</extracomment>
        <translation>%1 Escriba en su lugar la versión del sistema operativo, exactamente como figura en la lista de IMS.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload a list from the cloud</comment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the OS version list from the cloud again</source>
        <translation>Volver a leer de la nube la lista de valores de versión del sistema operativo</translation>
    </message>
    <message>
        <source>Type a version that is not listed</source>
        <translation>Escribir una versión que no figura en la lista</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password Needed</source>
        <translation>Se necesita la contraseña</translation>
    </message>
    <message>
        <source>Enter the password of user %2 for the cloud profile “%1”.</source>
        <extracomment>%1 = cloud profile name, %2 = user name</extracomment>
        <translation>Introduzca la contraseña del usuario %2 para el perfil de nube «%1».</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>press and hold to show the password</comment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Press and hold to show the password</source>
        <translation>Mantener pulsado para mostrar la contraseña</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>&amp;Guardar en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Use for this session only (forgotten when Imagewright quits)</source>
        <translation>&amp;Usar solo en esta sesión (se olvida al salir de Imagewright)</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>The identity URL %1 has no scheme: https is used.</source>
        <extracomment>%1 = the address as the file gives it</extracomment>
        <translation>La URL de identidad %1 no tiene esquema: se usa https.</translation>
    </message>
    <message>
        <source>The identity URL %1 is not an http(s) address.</source>
        <extracomment>%1 = the identity URL as the file gives it</extracomment>
        <translation>La URL de identidad %1 no es una dirección http(s).</translation>
    </message>
    <message>
        <source>The identity URL points at Keystone v2.0; Imagewright needs Keystone v3.</source>
        <translation>La URL de identidad apunta a Keystone v2.0; Imagewright necesita Keystone v3.</translation>
    </message>
    <message>
        <source>The identity URL has no version: %1 is used (what Keystone&apos;s version discovery finds).</source>
        <extracomment>%1 = the identity URL with /v3 added</extracomment>
        <translation>La URL de identidad no tiene versión: se usa %1 (lo que encuentra el descubrimiento de versiones de Keystone).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A profile name made unique. %1 = the name, %2 = a number from 2</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>access to the keychain was refused</source>
        <translation>se denegó el acceso al llavero</translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation>el llavero no está disponible</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Cloud Profiles</source>
        <translation>Perfiles de nube</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfiles:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a new cloud profile</source>
        <translation>Añadir un perfil de nube nuevo</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dup&amp;licar</translation>
    </message>
    <message>
        <source>Start a new profile from a copy of this one</source>
        <translation>Crear un perfil nuevo a partir de una copia de este</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — the profile in use</source>
        <extracomment>Tooltip in the profile list. %1 = cloud family</extracomment>
        <translation>%1 — el perfil en uso</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <extracomment>Profile list entry of a profile that is not saved yet. %1 = its name</extracomment>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The profile “%1” has changes that are not saved. Discard them?</source>
        <extracomment>%1 = profile name</extracomment>
        <translation>El perfil «%1» tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile. %1 = the original&apos;s name</extracomment>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Make profiles from a clouds.yaml or an openrc file</source>
        <translation>Crear perfiles a partir de un clouds.yaml o de un archivo openrc</translation>
    </message>
    <message>
        <source>Delete this profile and remove its secrets from the system keychain</source>
        <translation>Eliminar este perfil y quitar sus secretos del llavero del sistema</translation>
    </message>
    <message>
        <source>Delete the cloud profile “%1”? Its secrets (password, application credential secret or AK/SK keys) are removed from the system keychain. Image jobs already on the cloud are not affected.</source>
        <extracomment>%1 = profile name</extracomment>
        <translation>¿Eliminar el perfil de nube «%1»? Sus secretos (contraseña, secreto de la credencial de aplicación o claves AK/SK) se quitarán del llavero del sistema. Los trabajos de imagen que ya están en la nube no se ven afectados.</translation>
    </message>
</context>
<context>
    <name>ProxyField</name>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>From the environment or the system</source>
        <translation>Del entorno o del sistema</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>Ninguno: conexión directa</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Este proxy:</translation>
    </message>
    <message>
        <source>The environment means https_proxy, http_proxy and no_proxy as curl reads them, else the system&apos;s proxy settings.</source>
        <translation>El entorno son https_proxy, http_proxy y no_proxy tal como los lee curl; si no están definidas, la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>Proxy URL, e.g. http://proxy.example.com:3128</source>
        <translation>URL del proxy, p. ej. http://proxy.example.com:3128</translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <source>The proxy set in %1 cannot be used: %2</source>
        <extracomment>%1 = an environment variable such as https_proxy or &quot;the profile&quot;, %2 = the reason</extracomment>
        <translation>No se puede usar el proxy definido en %1: %2</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>el perfil</translation>
    </message>
    <message>
        <source>no proxy address is given</source>
        <translation>no se indicó ninguna dirección de proxy</translation>
    </message>
    <message>
        <source>a proxy address has no spaces or control characters</source>
        <translation>una dirección de proxy no lleva espacios ni caracteres de control</translation>
    </message>
    <message>
        <source>“%1” is not a proxy address such as http://proxy.example.com:3128</source>
        <extracomment>%1 = the proxy address as given, without its password</extracomment>
        <translation>«%1» no es una dirección de proxy como http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>proxies of the kind “%1” are not supported; use an http:// or socks5:// proxy</source>
        <extracomment>%1 = a URL scheme such as https or socks4</extracomment>
        <translation>no se admiten proxies del tipo «%1»; use un proxy http:// o socks5://</translation>
    </message>
    <message>
        <source>A proxy password is not stored in a profile. Leave it out here and set the proxy with its password in the https_proxy and http_proxy environment variables, with the profile&apos;s proxy set to “From the environment or the system”.</source>
        <translation>La contraseña de un proxy no se guarda en un perfil. Omítala aquí y defina el proxy con su contraseña en las variables de entorno https_proxy y http_proxy, con el proxy del perfil en «Del entorno o del sistema».</translation>
    </message>
</context>
<context>
    <name>RequestFile</name>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <extracomment>%1 = the JSON parser&apos;s message, %2 = character offset in the file</extracomment>
        <translation>El archivo no es un JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>El archivo debe contener un único objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be a whole number.</source>
        <translation>«format» debe ser un número entero.</translation>
    </message>
    <message>
        <source>Request file format %1 is not supported; this version reads format %2.</source>
        <extracomment>%1 = the format number in the file, %2 = the one this version reads</extracomment>
        <translation>No se admite el formato %1 de archivo de solicitud; esta versión lee el formato %2.</translation>
    </message>
    <message>
        <source>&quot;method&quot; is missing.</source>
        <translation>Falta «method».</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be a text.</source>
        <translation>«method» debe ser una cadena de texto.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;. Known methods: %2.</source>
        <extracomment>%1 = the method named in the file, %2 = the list of method keys</extracomment>
        <translation>Método desconocido «%1». Métodos conocidos: %2.</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a JSON object.</source>
        <translation>«params» debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;body&quot; is missing.</source>
        <translation>Falta «body».</translation>
    </message>
    <message>
        <source>&quot;body&quot; must be a JSON object.</source>
        <translation>«body» debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not part of a request file and is ignored.</source>
        <extracomment>%1 = a top-level key of the request file</extracomment>
        <translation>La clave «%1» no forma parte de un archivo de solicitud y se ignora.</translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; (%2) is not supported by this version yet.</source>
        <extracomment>%1 = the method key, e.g. nova-create-image; %2 = the method&apos;s title</extracomment>
        <translation>Esta versión todavía no admite el método «%1» (%2).</translation>
    </message>
    <message>
        <source>&quot;file&quot; must be a path.</source>
        <translation>«file» debe ser una ruta.</translation>
    </message>
    <message>
        <source>params.%1 is not used by the method &quot;%2&quot; and is ignored.</source>
        <extracomment>%1 = a key under &quot;params&quot;, %2 = the method key</extracomment>
        <translation>El método «%2» no usa params.%1, que se ignora.</translation>
    </message>
    <message>
        <source>body.%1 is not a field Imagewright knows; it is sent to the cloud as given.</source>
        <extracomment>%1 = a key of the request body the app does not know</extracomment>
        <translation>body.%1 no es un campo que Imagewright conozca; se envía a la nube tal cual.</translation>
    </message>
    <message>
        <source>Cannot read the request file %1: %2</source>
        <extracomment>%1 = file path, %2 = the file system&apos;s message</extracomment>
        <translation>No se puede leer el archivo de solicitud %1: %2</translation>
    </message>
    <message>
        <source>Give the image file to upload: &quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;} (relative to the request file&apos;s folder, or absolute).</source>
        <translation>Indique el archivo de imagen que se va a cargar: &quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;} (relativo a la carpeta del archivo de solicitud, o absoluto).</translation>
    </message>
    <message>
        <source>The image file %1 does not exist.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>El archivo de imagen %1 no existe.</translation>
    </message>
    <message>
        <source>The image file %1 is not a readable file.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>El archivo de imagen %1 no es un archivo legible.</translation>
    </message>
    <message>
        <source>The image file %1 is empty.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>El archivo de imagen %1 está vacío.</translation>
    </message>
</context>
<context>
    <name>RestJob</name>
    <message>
        <source>the service catalog has no &quot;%1&quot; endpoint for this region</source>
        <extracomment>%1 = a service type such as &quot;compute&quot; or &quot;image&quot;</extracomment>
        <translation>el catálogo de servicios no tiene ningún punto de conexión «%1» para esta región</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>dirección no válida «%1»</translation>
    </message>
    <message>
        <source>%1 is not an address of the cloud&apos;s service catalog</source>
        <extracomment>%1 = a URL</extracomment>
        <translation>%1 no es una dirección del catálogo de servicios de la nube</translation>
    </message>
    <message>
        <source>the answer ended after %1 of %2 bytes</source>
        <extracomment>A technical detail after &quot;The connection was lost before the cloud answered.&quot; %1 = bytes received, %2 = bytes announced by the cloud (Content-Length)</extracomment>
        <translation>la respuesta terminó tras %1 de %2 bytes</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Request ID: %1</source>
        <extracomment>%1 = the request ID the cloud returned, for a support ticket</extracomment>
        <translation>ID de la solicitud: %1</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>wizard page title</comment>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>This is the request Create sends, exactly. The cloud then works on the image as an asynchronous job, which the monitor follows.</source>
        <translation>Esta es exactamente la solicitud que envía «Crear». Después, la nube procesa la imagen como un trabajo asincrónico, cuyo seguimiento realiza el monitor de trabajos.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <comment>create the image</comment>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Solicitud:</translation>
    </message>
    <message>
        <source>Sending the request to the cloud…</source>
        <translation>Enviando la solicitud a la nube…</translation>
    </message>
    <message>
        <source>Imagewright adds the tag %1 so that it can find this job again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the marker tag, e.g. imagewright_op=1b2c...</extracomment>
        <translation>Imagewright añade la etiqueta %1 para poder volver a encontrar este trabajo si la respuesta de la nube se pierde por el camino.</translation>
    </message>
    <message>
        <source>Save Request File</source>
        <translation>Guardar archivo de solicitud</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>Archivos de solicitud (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The request file %1 could not be saved: %2</source>
        <extracomment>%1 = file path, %2 = the file system&apos;s message</extracomment>
        <translation>No se pudo guardar el archivo de solicitud %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Send it later with: imagewright submit FILE</source>
        <extracomment>%1 = file path</extracomment>
        <translation>Guardado en %1. Envíelo más tarde con: imagewright submit FILE</translation>
    </message>
    <message>
        <source>Copied. Set OS_TOKEN to a token of this project before running it. Running it creates an image the monitor does not follow.</source>
        <translation>Copiado. Antes de ejecutarlo, asigne a OS_TOKEN un token de este proyecto. Al ejecutarlo se crea una imagen cuyo seguimiento no realiza el monitor de trabajos.</translation>
    </message>
    <message>
        <source>&amp;Save Request…</source>
        <translation>&amp;Guardar solicitud…</translation>
    </message>
    <message>
        <source>Save these inputs as a request file, to send later with imagewright submit or open again.</source>
        <translation>Guardar estos datos como archivo de solicitud, para enviarlos más tarde con imagewright submit o volver a abrirlos.</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copiar como c&amp;url</translation>
    </message>
    <message>
        <source>Copy this request as a curl command line. The token is left as $OS_TOKEN.</source>
        <translation>Copiar esta solicitud como línea de comandos de curl. El token se deja como $OS_TOKEN.</translation>
    </message>
    <message>
        <source>&lt;negotiated when sending&gt;</source>
        <extracomment>A request header shown on the review page; the microversion is chosen when sending</extracomment>
        <translation>&lt;se negocia al enviar&gt;</translation>
    </message>
    <message>
        <source>Imagewright adds the metadata item %1 so that it can find the image again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the marker metadata item, e.g. imagewright_op=1b2c...</extracomment>
        <translation>Imagewright añade el elemento de metadatos %1 para poder volver a encontrar la imagen si la respuesta de la nube se pierde por el camino.</translation>
    </message>
    <message>
        <source>No marker can be added to this request: if the cloud&apos;s answer is lost, Imagewright finds the image by the volume, the image name and the time.</source>
        <translation>A esta solicitud no se le puede añadir un marcador: si se pierde la respuesta de la nube, Imagewright encuentra la imagen por el volumen, el nombre de la imagen y la hora.</translation>
    </message>
    <message>
        <source>then: PUT …/v2/images/&lt;id&gt;/file with the image file (%1), Content-Type: application/octet-stream, a fresh token</source>
        <extracomment>The second request of the Glance method, shown on the review page. %1 = file size</extracomment>
        <translation>después: PUT …/v2/images/&lt;id&gt;/file con el archivo de imagen (%1), Content-Type: application/octet-stream, un token nuevo</translation>
    </message>
    <message>
        <source>Imagewright chooses the image ID %1 itself, so that it can find the image again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the image ID Imagewright chose</extracomment>
        <translation>Imagewright elige el ID de imagen %1 por sí mismo, para poder encontrar la imagen si la respuesta de la nube se pierde por el camino.</translation>
    </message>
    <message>
        <source>Copied. This profile signs its requests with AK/SK, which curl cannot do: the command authenticates with a token instead. Set OS_TOKEN to an IAM token of this project before running it. Running it creates an image the monitor does not follow.</source>
        <translation>Copiado. Este perfil firma sus solicitudes con AK/SK, algo que curl no puede hacer: el comando se autentica con un token. Antes de ejecutarlo, asigne a OS_TOKEN un token de IAM de este proyecto. Al ejecutarlo se crea una imagen cuyo seguimiento no realiza el monitor de trabajos.</translation>
    </message>
    <message>
        <source>Copy this request as a curl command line. curl cannot sign with AK/SK: the command uses a token, left as $OS_TOKEN.</source>
        <translation>Copiar esta solicitud como línea de comandos de curl. curl no puede firmar con AK/SK: el comando usa un token, que se deja como $OS_TOKEN.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Check what will be made, then Create. Under Request is exactly what is sent.</source>
        <translation>Compruebe lo que se creará y pulse Crear. En Solicitud está exactamente lo que se envía.</translation>
    </message>
    <message>
        <source>Sen&amp;t to:</source>
        <translation>Envia&amp;do a:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>first: the file %1 (%2) uploaded to OBS as %3 in parts (multipart upload)</source>
        <translation>primero: el archivo %1 (%2) se carga en OBS como %3 por partes (carga multiparte)</translation>
    </message>
    <message>
        <extracomment>Added to the upload line of a RAW quick import. %1 = the upload line, %2 = the bitmap file&apos;s name, %3 = bucket:object</extracomment>
        <source>%1, then its bitmap file %2 as %3</source>
        <translation>%1; después, su archivo de mapa de bits %2 como %3</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message numerus="yes">
        <source>The demo cloud&apos;s data did not all arrive within %n second(s); the screenshot shows what had arrived.</source>
        <extracomment>--screenshot mode, on stderr. %n = seconds waited</extracomment>
        <translation>
            <numerusform>No todos los datos de la nube de demostración llegaron en %n segundo; la captura de pantalla muestra lo que había llegado.</numerusform>
            <numerusform>No todos los datos de la nube de demostración llegaron en %n segundos; la captura de pantalla muestra lo que había llegado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <extracomment>%1 = the system&apos;s error text</extracomment>
        <translation>No se pudo crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>The wizard could not be opened: there is no cloud profile.</source>
        <translation>No se pudo abrir el asistente: no hay ningún perfil de nube.</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>No se pudo guardar la captura de pantalla en %1.</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>No hay ningún perfil de nube seleccionado.</translation>
    </message>
    <message>
        <source>The cloud&apos;s server list could not be read (%1).</source>
        <extracomment>%1 = technical detail of what was wrong in the answer</extracomment>
        <translation>No se pudo leer la lista de servidores de la nube (%1).</translation>
    </message>
    <message>
        <source>Running: stop it for a consistent image</source>
        <translation>En ejecución: deténgalo para obtener una imagen coherente</translation>
    </message>
    <message>
        <source>IMS makes images only of a stopped or running ECS; this one is %1.</source>
        <extracomment>%1 = the server&apos;s status as the cloud reports it (ERROR, BUILD, ...)</extracomment>
        <translation>IMS solo crea imágenes de un ECS detenido o en ejecución; el estado de este es %1.</translation>
    </message>
    <message>
        <source>A task is in progress on this ECS (%1); IMS refuses it until the task ends.</source>
        <extracomment>%1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)</extracomment>
        <translation>Hay una tarea en curso en este ECS (%1); IMS no lo aceptará hasta que termine la tarea.</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name, status or ID</source>
        <translation>Nombre, estado o ID</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>server name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>server status column</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>server ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>why a server can&apos;t be used</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Loading the ECS list from the cloud…</source>
        <translation>Cargando la lista de ECS desde la nube…</translation>
    </message>
    <message>
        <source>The ECS list could not be loaded.</source>
        <translation>No se pudo cargar la lista de ECS.</translation>
    </message>
    <message numerus="yes">
        <source>%n ECS(s) listed, %1 usable for an image.</source>
        <extracomment>%n = ECSs listed; %1 = how many of them the chosen method can use</extracomment>
        <translation>
            <numerusform>%n ECS en la lista; utilizables para una imagen: %1.</numerusform>
            <numerusform>%n ECS en la lista; utilizables para una imagen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is running. IMS accepts a running ECS, but stop it first for a consistent image: files being written while the image is made may be captured half-way.</source>
        <extracomment>%1 = server name</extracomment>
        <translation>«%1» está en ejecución. IMS acepta un ECS en ejecución, pero deténgalo antes para obtener una imagen coherente: los archivos que se estén escribiendo mientras se crea la imagen pueden quedar capturados a medias.</translation>
    </message>
    <message>
        <source>Nova cannot snapshot a server in %1 state.</source>
        <extracomment>%1 = the server&apos;s status as the cloud reports it (ERROR, BUILD, ...)</extracomment>
        <translation>Nova no puede crear una instantánea de un servidor en estado %1.</translation>
    </message>
    <message>
        <source>A task is in progress on this server (%1); Nova refuses a snapshot until the task ends.</source>
        <extracomment>%1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)</extracomment>
        <translation>Hay una tarea en curso en este servidor (%1); Nova rechaza la instantánea hasta que termine.</translation>
    </message>
</context>
<context>
    <name>StreamUpload</name>
    <message>
        <source>the cloud sent a malformed HTTP response</source>
        <translation>la nube envió una respuesta HTTP mal formada</translation>
    </message>
    <message>
        <source>the cloud answered before the whole file was sent</source>
        <translation>la nube respondió antes de que se enviara el archivo completo</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Sends the request file to the cloud and records the job in the job monitor.</source>
        <translation>Envía el archivo de solicitud a la nube y registra el trabajo en el monitor de trabajos.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>The saved cloud profile to use (name or id). Without it, the OpenStack environment (OS_AUTH_URL, OS_USERNAME, ...) is used.</source>
        <translation>Perfil de nube guardado que se usará (nombre o id). Si no se indica, se usa el entorno de OpenStack (OS_AUTH_URL, OS_USERNAME, ...).</translation>
    </message>
    <message>
        <source>name</source>
        <comment>command line value name</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Wait until the cloud has finished the image, then print its ID.</source>
        <translation>Espera a que la nube termine la imagen y, a continuación, muestra su ID.</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (exit code 4; the job stays in the monitor).</source>
        <translation>Deja de esperar tras este número de segundos (código de salida 4; el trabajo permanece en el monitor de trabajos).</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>command line value name</comment>
        <translation>segundos</translation>
    </message>
    <message>
        <source>The kind of cloud: %1. Default: guessed from the auth URL.</source>
        <extracomment>%1 = the list of family keys</extracomment>
        <translation>Tipo de nube: %1. Valor predeterminado: se deduce de la URL de autenticación.</translation>
    </message>
    <message>
        <source>family</source>
        <comment>command line value name</comment>
        <translation>tipo</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>The request file (JSON; see docs/request-files.md).</source>
        <translation>El archivo de solicitud (JSON; consulte docs/request-files.md).</translation>
    </message>
    <message>
        <source>Give the request file: imagewright submit REQUEST.json</source>
        <translation>Indique el archivo de solicitud: imagewright submit REQUEST.json</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile necesita un nombre de perfil.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds above 0, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--timeout necesita un número entero de segundos mayor que 0, no «%1».</translation>
    </message>
    <message>
        <source>Unknown family &quot;%1&quot;. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>Tipo de nube desconocido «%1». Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>%1 = a warning about the request file</extracomment>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>The request file %1 is not valid; nothing was sent:</source>
        <extracomment>%1 = the request file&apos;s path</extracomment>
        <translation>El archivo de solicitud %1 no es válido; no se ha enviado nada:</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>One validation message. %1 = field path such as body.name, %2 = message</extracomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>No saved cloud profile is called &quot;%1&quot;. Saved profiles: %2</source>
        <extracomment>%1 = the profile asked for, %2 = the saved profile names</extracomment>
        <translation>No hay ningún perfil de nube guardado llamado «%1». Perfiles guardados: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Several saved profiles are called &quot;%1&quot;; give its id instead.</source>
        <extracomment>%1 = the profile name</extracomment>
        <translation>Hay varios perfiles guardados llamados «%1»; indique el id del que quiera usar.</translation>
    </message>
    <message>
        <source>No cloud given: use --profile NAME, or set OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_PROJECT_NAME (e.g. source your openrc file).</source>
        <translation>No se ha indicado ninguna nube: use --profile NAME o defina OS_AUTH_URL, OS_USERNAME, OS_PASSWORD y OS_PROJECT_NAME (por ejemplo, cargue su archivo openrc con source).</translation>
    </message>
    <message>
        <source>%1 is not offered by %2 clouds.</source>
        <extracomment>%1 = method title, %2 = cloud family name</extracomment>
        <translation>Las nubes %2 no ofrecen «%1».</translation>
    </message>
    <message>
        <source>warning: %1 (The family was guessed from the auth URL; --family says it.) Trying anyway.</source>
        <extracomment>%1 = the sentence above</extracomment>
        <translation>advertencia: %1 (El tipo de nube se dedujo de la URL de autenticación; --family lo indica explícitamente.) Se intentará de todos modos.</translation>
    </message>
    <message>
        <source>The cloud profile could not be opened.</source>
        <translation>No se pudo abrir el perfil de nube.</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <extracomment>%1 = auth URL</extracomment>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <extracomment>%1 = why signing in failed</extracomment>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no image service, which this method needs.</source>
        <translation>El catálogo de la nube no tiene el servicio de imágenes que necesita este método.</translation>
    </message>
    <message>
        <source>Sending the create request for “%1” to %2…</source>
        <extracomment>%1 = the image name, %2 = the URL the create goes to</extracomment>
        <translation>Enviando la solicitud de creación de «%1» a %2…</translation>
    </message>
    <message>
        <source>The cloud refused the request: %1</source>
        <extracomment>%1 = the cloud&apos;s answer</extracomment>
        <translation>La nube rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <extracomment>%1 = the request ID the cloud returned, for a support ticket</extracomment>
        <translation>ID de la solicitud: %1</translation>
    </message>
    <message>
        <source>The outcome is unknown: %1 The job is in the monitor as “needs attention”; do not simply send it again.</source>
        <extracomment>%1 = why the outcome is unknown</extracomment>
        <translation>El resultado es desconocido: %1 El trabajo figura en el monitor de trabajos como «Requiere atención»; no se limite a enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>Accepted by the cloud as job %1.</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>Aceptado por la nube como trabajo %1.</translation>
    </message>
    <message>
        <source>Waiting for the cloud to finish the image…</source>
        <translation>Esperando a que la nube termine la imagen…</translation>
    </message>
    <message>
        <source>The job was removed from the monitor.</source>
        <translation>El trabajo se quitó del monitor de trabajos.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready.</source>
        <extracomment>%n = number of images</extracomment>
        <translation>
            <numerusform>%n imagen está lista.</numerusform>
            <numerusform>%n imágenes están listas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cloud could not create the image: %1</source>
        <extracomment>%1 = the cloud&apos;s error code and reason</extracomment>
        <translation>La nube no pudo crear la imagen: %1</translation>
    </message>
    <message>
        <source>The job needs attention: %1</source>
        <extracomment>%1 = the reason</extracomment>
        <translation>El trabajo requiere atención: %1</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <extracomment>Progress on stderr. %1 = the cloud&apos;s job ID, %2 = status, percentage and task</extracomment>
        <translation>Trabajo %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Still running after %n second(s). The job stays in the monitor, which follows it to the end.</source>
        <extracomment>%n = seconds</extracomment>
        <translation>
            <numerusform>Sigue en curso tras %n segundo. El trabajo permanece en el monitor de trabajos, que lo sigue hasta el final.</numerusform>
            <numerusform>Sigue en curso tras %n segundos. El trabajo permanece en el monitor de trabajos, que lo sigue hasta el final.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted while the create request was on its way. The job is in the monitor; its outcome is unknown until the app reconciles it.</source>
        <translation>Interrumpido mientras se enviaba la solicitud de creación. El trabajo está en el monitor de trabajos; su resultado es desconocido hasta que la aplicación lo concilie.</translation>
    </message>
    <message>
        <source>Interrupted. The cloud carries on with the job; the monitor follows it.</source>
        <translation>Interrumpido. La nube continúa con el trabajo; el monitor de trabajos hace su seguimiento.</translation>
    </message>
    <message>
        <source>Interrupted; nothing was sent.</source>
        <translation>Interrumpido; no se ha enviado nada.</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no compute service, which this method needs.</source>
        <translation>El catálogo de la nube no tiene servicio de cómputo, que este método necesita.</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no block storage (volume) service, which this method needs.</source>
        <translation>El catálogo de la nube no tiene el servicio de almacenamiento en bloque (volumen) que necesita este método.</translation>
    </message>
    <message>
        <source>The request file %1 does not meet the rules of %2 clouds; nothing was sent:</source>
        <extracomment>%1 = the request file&apos;s path, %2 = the cloud family</extracomment>
        <translation>El archivo de solicitud %1 no cumple las reglas de las nubes %2; no se envió nada:</translation>
    </message>
    <message>
        <source>warning: __os_version is a Huawei Cloud extra; %1 clouds keep it as a plain image property.</source>
        <extracomment>%1 = the cloud family</extracomment>
        <translation>aviso: __os_version es una extensión de Huawei Cloud; las nubes %1 la guardan como una propiedad normal de la imagen.</translation>
    </message>
    <message>
        <source>Uploading: %1% of %2</source>
        <translation>Cargando: %1% de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>%1 = time left such as &quot;4 min 05 s&quot;</extracomment>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>Image file uploaded; the cloud is checking it.</source>
        <translation>Archivo de imagen cargado; la nube lo está comprobando.</translation>
    </message>
    <message>
        <source>The upload failed: %1 The image stays queued: resume the upload in the job monitor, or delete the image there.</source>
        <extracomment>%1 = why the upload failed</extracomment>
        <translation>La carga falló: %1 La imagen sigue en cola: reanude la carga en el monitor de trabajos o elimine la imagen allí.</translation>
    </message>
    <message>
        <source>The create request&apos;s answer was lost (%1); looking the image up by its chosen ID…</source>
        <extracomment>%1 = why the answer is missing</extracomment>
        <translation>Se perdió la respuesta a la solicitud de creación (%1); buscando la imagen por su ID elegido…</translation>
    </message>
    <message>
        <source>Found the image by its chosen ID; uploading the image file.</source>
        <translation>Se encontró la imagen por su ID elegido; cargando el archivo de imagen.</translation>
    </message>
    <message>
        <source>Image metadata created as image %1; uploading the image file.</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>Metadatos de la imagen creados como imagen %1; cargando el archivo de imagen.</translation>
    </message>
    <message>
        <source>The upload was cancelled; the image stays queued (resume or delete it in the job monitor).</source>
        <translation>Se canceló la carga; la imagen sigue en cola (reanúdela o elimínela en el monitor de trabajos).</translation>
    </message>
    <message>
        <source>Interrupted: the upload was cancelled. The image stays queued; resume the upload or delete the image in the job monitor.</source>
        <translation>Interrumpido: se canceló la carga. La imagen sigue en cola; reanude la carga o elimine la imagen en el monitor de trabajos.</translation>
    </message>
    <message>
        <source>The image file cannot be uploaded: %1 The image stays queued: resume the upload in the job monitor, or delete the image there.</source>
        <extracomment>%1 = why the image file cannot be read</extracomment>
        <translation>No se puede cargar el archivo de imagen: %1 La imagen sigue en cola: reanude la carga en el monitor de trabajos o elimine la imagen allí.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <extracomment>%1 = what failed on this computer</extracomment>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>The cloud reported the job as done but named no image. Look for the image in the cloud before creating it again.</source>
        <translation>La nube informó de que el trabajo terminó, pero no indicó ninguna imagen. Busque la imagen en la nube antes de volver a crearla.</translation>
    </message>
    <message numerus="yes">
        <source>Not found by its marker yet; looking again in %n second(s)…</source>
        <translation>
            <numerusform>Aún no se encontró por su marcador; se buscará de nuevo en %n segundo…</numerusform>
            <numerusform>Aún no se encontró por su marcador; se buscará de nuevo en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The outcome is unknown: %1 Looking the job up by its marker (the create is never sent again)…</source>
        <translation>El resultado es desconocido: %1 Se busca el trabajo por su marcador (la solicitud de creación nunca se envía de nuevo)…</translation>
    </message>
    <message>
        <source>ims-local-file: the size of each uploaded part in MiB (5 to 5120). Default: at least 16, so that the file fits in 10,000 parts.</source>
        <translation>ims-local-file: el tamaño de cada parte cargada en MiB (de 5 a 5120). Predeterminado: al menos 16, de modo que el archivo quepa en 10.000 partes.</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>command line value name</comment>
        <translation>MiB</translation>
    </message>
    <message>
        <source>ims-local-file: how many parts are sent at a time (1 to 64; default 4).</source>
        <translation>ims-local-file: cuántas partes se envían a la vez (de 1 a 64; predeterminado 4).</translation>
    </message>
    <message>
        <source>count</source>
        <comment>command line value name</comment>
        <translation>número</translation>
    </message>
    <message>
        <source>--part-size needs a whole number of MiB from 5 to 5120, not &quot;%1&quot;.</source>
        <translation>--part-size necesita un número entero de MiB de 5 a 5120, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--parts needs a whole number from 1 to 64, not &quot;%1&quot;.</source>
        <translation>--parts necesita un número entero de 1 a 64, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Checking the OBS bucket %1…</source>
        <translation>Comprobando el bucket de OBS %1…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Uploading the image file %1 to %2…</source>
        <translation>Cargando el archivo de imagen %1 en %2…</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrumpido.</translation>
    </message>
    <message>
        <source>Deleting the uploaded object (keep_object is false)…</source>
        <translation>Eliminando el objeto cargado (keep_object es false)…</translation>
    </message>
    <message>
        <source>The upload is paused; the parts sent stay in the bucket. imagewright watch %1 resumes it and sends only the missing parts.</source>
        <translation>La carga está en pausa; las partes enviadas quedan en el bucket. imagewright watch %1 la reanuda y solo envía las partes que faltan.</translation>
    </message>
    <message>
        <source>Uploading to OBS: %1% of %2, %3 of %4 parts</source>
        <translation>Cargando en OBS: %1% de %2, %3 de %4 partes</translation>
    </message>
    <message>
        <source>Image file uploaded to OBS; sending the import to IMS…</source>
        <translation>Archivo de imagen cargado en OBS; enviando la importación a IMS…</translation>
    </message>
    <message>
        <source>The upload stopped: %1 imagewright watch %2 resumes it and sends only the missing parts.</source>
        <translation>La carga se detuvo: %1 imagewright watch %2 la reanuda y solo envía las partes que faltan.</translation>
    </message>
    <message>
        <source>The job history could not be written (%1), so this job&apos;s latest state is not recorded in it. imagewright watch %2 follows the job again once the history can be written.</source>
        <translation>No se pudo escribir el historial de trabajos (%1), así que el último estado de este trabajo no está registrado en él. imagewright watch %2 vuelve a seguir el trabajo cuando el historial se pueda escribir.</translation>
    </message>
    <message>
        <source>%1 imagewright watch %2 goes on with it once that process has ended.</source>
        <translation>%1 imagewright watch %2 reanuda la carga cuando ese proceso haya terminado.</translation>
    </message>
</context>
<context>
    <name>SubmittedPage</name>
    <message>
        <source>Image Job Sent</source>
        <translation>Trabajo de imagen enviado</translation>
    </message>
    <message>
        <source>The job monitor follows the job until the image is ready or the cloud reports a failure. You can close this wizard; closing the app does not stop the job on the cloud.</source>
        <translation>El monitor de trabajos sigue el trabajo hasta que la imagen esté lista o la nube notifique un error. Puede cerrar este asistente; cerrar la aplicación no detiene el trabajo en la nube.</translation>
    </message>
    <message>
        <source>The cloud&apos;s answer to the create of “%1” was lost on the way. Imagewright looks for the job by its marker tag; the monitor shows what it finds.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>La respuesta de la nube a la creación de «%1» se perdió por el camino. Imagewright busca el trabajo por su etiqueta de marcador; el monitor muestra lo que encuentre.</translation>
    </message>
    <message>
        <source>The cloud accepted the request for “%1”.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>La nube aceptó la solicitud para «%1».</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>ID del trabajo: %1</translation>
    </message>
    <message>
        <source>Image ID: %1</source>
        <extracomment>%1 = the new image&apos;s ID</extracomment>
        <translation>ID de la imagen: %1</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Key</source>
        <comment>tag key</comment>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>tag value</comment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation>Añadir etiq&amp;ueta</translation>
    </message>
    <message>
        <source>Re&amp;move Tag</source>
        <translation>&amp;Quitar etiqueta</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Enviar como:</translation>
    </message>
    <message>
        <source>image_tags (key/value objects)</source>
        <translation>image_tags (objetos clave/valor)</translation>
    </message>
    <message>
        <source>tags (&quot;key.value&quot; strings)</source>
        <translation>tags (etiquetas &quot;key.value&quot;)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>Tag validation. %1 = row number in the tag table, %2 = the message for that row</extracomment>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>No tags are set.</source>
        <translation>No hay etiquetas definidas.</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <extracomment>Preview of the tags in the request. %1 = field name and JSON, e.g. &quot;tags&quot;: [&quot;a.b&quot;]</extracomment>
        <translation>Se envía como: %1</translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <source>Choose the CA bundle file (PEM) that signed the cloud&apos;s certificate.</source>
        <translation>Elija el archivo de paquete de CA (PEM) que firmó el certificado de la nube.</translation>
    </message>
    <message>
        <source>The CA bundle file %1 does not exist.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>El archivo de paquete de CA %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file: choose a CA bundle file (PEM).</source>
        <extracomment>%1 = path</extracomment>
        <translation>%1 no es un archivo: elija un archivo de paquete de CA (PEM).</translation>
    </message>
    <message>
        <source>The CA bundle file %1 cannot be read: %2</source>
        <extracomment>%1 = file path, %2 = the system&apos;s reason</extracomment>
        <translation>No se puede leer el archivo de paquete de CA %1: %2</translation>
    </message>
    <message>
        <source>The CA bundle file %1 is too large to be a certificate bundle.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>El archivo de paquete de CA %1 es demasiado grande para ser un paquete de certificados.</translation>
    </message>
    <message>
        <source>The CA bundle file %1 is empty.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>El archivo de paquete de CA %1 está vacío.</translation>
    </message>
    <message>
        <source>The CA bundle file %1 holds no PEM certificate.</source>
        <extracomment>%1 = file path. PEM = the text format with &quot;-----BEGIN CERTIFICATE-----&quot;</extracomment>
        <translation>El archivo de paquete de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>%1 (certificate “%2”, SHA-256 fingerprint %3)</source>
        <extracomment>%1 = why the certificate was refused (Qt&apos;s text), %2 = the certificate&apos;s name, %3 = its SHA-256 fingerprint &quot;AB:CD:…&quot;</extracomment>
        <translation>%1 (certificado «%2», huella digital SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>TransferRate</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>%1 = an amount such as &quot;12.3 MB&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>UploadSource</name>
    <message>
        <source>the file became shorter while it was being read</source>
        <extracomment>the image file got shorter while it was being uploaded</extracomment>
        <translation>el archivo se acortó mientras se leía</translation>
    </message>
</context>
<context>
    <name>VolumePicker</name>
    <message>
        <source>Attached: uploaded only with force; stop the OS first</source>
        <comment>note on an in-use volume</comment>
        <translation>Conectado: solo se carga con force; detenga antes el sistema operativo</translation>
    </message>
    <message>
        <source>The block storage service uploads only available or in-use volumes; this one is %1.</source>
        <extracomment>%1 = the volume&apos;s status as Cinder reports it (error, uploading, creating, ...)</extracomment>
        <translation>El servicio de almacenamiento en bloque solo carga volúmenes available o in-use; este está en %1.</translation>
    </message>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>No hay ningún perfil de nube seleccionado.</translation>
    </message>
    <message>
        <source>The cloud&apos;s volume list could not be read (%1).</source>
        <extracomment>%1 = technical detail of what was wrong in the answer</extracomment>
        <translation>No se pudo leer la lista de volúmenes de la nube (%1).</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name, status, server or ID</source>
        <translation>Nombre, estado, servidor o ID</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>volume name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>volume status column</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>GB</source>
        <comment>volume size column</comment>
        <translation>GB</translation>
    </message>
    <message>
        <source>Attached to</source>
        <comment>volume attachment column: server and device</comment>
        <translation>Conectado a</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>volume ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>why a volume can&apos;t be used</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Loading the volume list from the cloud…</source>
        <translation>Cargando la lista de volúmenes de la nube…</translation>
    </message>
    <message>
        <source>The volume list could not be loaded.</source>
        <translation>No se pudo cargar la lista de volúmenes.</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) listed, %1 usable for an image.</source>
        <extracomment>%n = volumes listed; %1 = how many of them the chosen method can use</extracomment>
        <translation>
            <numerusform>%n volumen listado, %1 utilizable para una imagen.</numerusform>
            <numerusform>%n volúmenes listados, %1 utilizables para una imagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job history %1 could not be read (%2). It was moved aside as %3 and a new history was started; nothing in it was deleted.</source>
        <extracomment>%1 = path of the job history, %2 = why it could not be read, %3 = where it was moved</extracomment>
        <translation>No se pudo leer el historial de trabajos %1 (%2). Se apartó como %3 y se empezó un historial nuevo; no se borró nada de él.</translation>
    </message>
    <message>
        <source>The job history %1 was written by a newer version of Imagewright: this version cannot change it. Use the newer version.</source>
        <extracomment>%1 = path of the job history</extracomment>
        <translation>El historial de trabajos %1 lo escribió una versión más nueva de Imagewright: esta versión no puede modificarlo. Use la versión más nueva.</translation>
    </message>
    <message>
        <source>The old job history %1 could not be read (%2); it was kept as %3.</source>
        <extracomment>%1 = path of the old job history file, %2 = why it could not be read, %3 = new path</extracomment>
        <translation>No se pudo leer el historial de trabajos anterior %1 (%2); se conservó como %3.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>HistoryRetention</name>
    <message>
        <source>Clear Old Finished Jobs</source>
        <translation>Borrar trabajos terminados antiguos</translation>
    </message>
    <message>
        <source>Clear Old Finished Jobs…</source>
        <translation>Borrar trabajos terminados antiguos…</translation>
    </message>
    <message>
        <source>Remove finished jobs that ended more than this many days ago:</source>
        <translation>Quitar los trabajos terminados que acabaron hace más de estos días:</translation>
    </message>
    <message>
        <source>Removes finished jobs older than a number of days from the history. Jobs still running or needing attention stay.</source>
        <translation>Quita del historial los trabajos terminados con más de un número de días. Los trabajos en curso o que requieren atención se quedan.</translation>
    </message>
    <message numerus="yes">
        <source>No finished job ended more than %n day(s) ago.</source>
        <translation>
            <numerusform>Ningún trabajo terminado acabó hace más de %n día.</numerusform>
            <numerusform>Ningún trabajo terminado acabó hace más de %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished job(s) from the history?</source>
        <extracomment>%n = number of jobs; the days follow in the second sentence</extracomment>
        <translation>
            <numerusform>¿Quitar %n trabajo terminado del historial?</numerusform>
            <numerusform>¿Quitar %n trabajos terminados del historial?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They ended more than %n day(s) ago. Their images on the cloud are not touched.</source>
        <translation>
            <numerusform>Acabaron hace más de %n día. Sus imágenes en la nube no se tocan.</numerusform>
            <numerusform>Acabaron hace más de %n días. Sus imágenes en la nube no se tocan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile necesita un nombre de perfil.</translation>
    </message>
    <message>
        <source>Several saved profiles are called &quot;%1&quot;; give its id instead.</source>
        <translation>Hay varios perfiles guardados llamados «%1»; indique el id del que quiera usar.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Lists the jobs of the job monitor, as the job history on this computer holds them.</source>
        <translation>Lista los trabajos del monitor de trabajos, tal como los guarda el historial de trabajos de este equipo.</translation>
    </message>
    <message>
        <source>Print one JSON array (stable keys) instead of a table.</source>
        <translation>Imprime una matriz JSON (claves estables) en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Only jobs in these states (comma-separated): %1.</source>
        <extracomment>%1 = the list of state keys</extracomment>
        <translation>Solo los trabajos en estos estados (separados por comas): %1.</translation>
    </message>
    <message>
        <source>states</source>
        <translation>estados</translation>
    </message>
    <message>
        <source>Only jobs of this saved cloud profile (name or id).</source>
        <translation>Solo los trabajos de este perfil de nube guardado (nombre o id).</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;. Use one of: %2.</source>
        <extracomment>%1 = what was given, %2 = the list of state keys</extracomment>
        <translation>Estado desconocido «%1». Use uno de: %2.</translation>
    </message>
    <message>
        <source>No saved cloud profile is called &quot;%1&quot;.</source>
        <translation>Ningún perfil de nube guardado se llama «%1».</translation>
    </message>
    <message>
        <source>The job history %1 cannot be read: %2</source>
        <extracomment>%1 = path of the job history, %2 = why</extracomment>
        <translation>No se puede leer el historial de trabajos %1: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Local ID</source>
        <translation>ID local</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>No hay trabajos.</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Follows one job of the job monitor to its end, looking it up by its marker first when its outcome is unknown; prints what submit --wait prints.</source>
        <translation>Sigue un trabajo del monitor de trabajos hasta su fin; si su resultado es desconocido, primero lo busca por su marcador. Imprime lo mismo que submit --wait.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (exit code 4; the job stays in the monitor).</source>
        <translation>Deja de esperar tras este número de segundos (código de salida 4; el trabajo permanece en el monitor de trabajos).</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>command line value name</comment>
        <translation>segundos</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>The job: its local id, its cloud job id, its marker or an image id.</source>
        <translation>El trabajo: su ID local, el ID de trabajo de la nube, su marcador o un ID de imagen.</translation>
    </message>
    <message>
        <source>Give the job: imagewright watch ID (see imagewright jobs)</source>
        <translation>Indique el trabajo: imagewright watch ID (vea imagewright jobs)</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds above 0, not &quot;%1&quot;.</source>
        <translation>--timeout necesita un número entero de segundos mayor que 0, no «%1».</translation>
    </message>
    <message>
        <source>The job history cannot be read: %1</source>
        <translation>No se puede leer el historial de trabajos: %1</translation>
    </message>
    <message>
        <source>No job of the monitor is named &quot;%1&quot; (local id, job id, marker or image id; see imagewright jobs).</source>
        <translation>Ningún trabajo del monitor se llama «%1» (ID local, ID de trabajo, marcador o ID de imagen; vea imagewright jobs).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several jobs: %2. Give the local id of one.</source>
        <translation>«%1» corresponde a varios trabajos: %2. Indique el ID local de uno de ellos.</translation>
    </message>
    <message>
        <source>This job was written by a newer version of Imagewright (%1); this version cannot follow it.</source>
        <translation>Este trabajo lo escribió una versión más reciente de Imagewright (%1); esta versión no puede seguirlo.</translation>
    </message>
    <message>
        <source>The image file&apos;s upload is incomplete: the image stays queued until the upload is resumed in the job monitor (Resume Upload), or deleted there.</source>
        <translation>La carga del archivo de imagen está incompleta: la imagen sigue en cola hasta que se reanude la carga en el monitor de trabajos (Reanudar carga) o se elimine allí.</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>This job belongs to another cloud or user (%1) than the OS_* variables name: set the ones it was submitted with.</source>
        <translation>Este trabajo pertenece a otra nube o usuario (%1) que los que indican las variables OS_*: defina las que se usaron al enviarlo.</translation>
    </message>
    <message>
        <source>The cloud profile could not be opened.</source>
        <translation>No se pudo abrir el perfil de nube.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The job&apos;s outcome is unknown: looking it up by its marker…</source>
        <translation>El resultado del trabajo es desconocido: se busca por su marcador…</translation>
    </message>
    <message>
        <source>Watching the job again…</source>
        <translation>Se vuelve a vigilar el trabajo…</translation>
    </message>
    <message>
        <source>Waiting for the cloud to finish the image…</source>
        <translation>Esperando a que la nube termine la imagen…</translation>
    </message>
    <message numerus="yes">
        <source>Still running after %n second(s). The job stays in the monitor, which follows it to the end.</source>
        <translation>
            <numerusform>Sigue en curso tras %n segundo. El trabajo permanece en el monitor de trabajos, que lo sigue hasta el final.</numerusform>
            <numerusform>Sigue en curso tras %n segundos. El trabajo permanece en el monitor de trabajos, que lo sigue hasta el final.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted. The cloud carries on with the job; the monitor follows it.</source>
        <translation>Interrumpido. La nube continúa con el trabajo; el monitor de trabajos hace su seguimiento.</translation>
    </message>
    <message>
        <source>Resuming the upload to OBS…</source>
        <translation>Reanudando la carga en OBS…</translation>
    </message>
    <message>
        <source>The upload is running in another process; watching it.</source>
        <translation>La carga se está ejecutando en otro proceso; se sigue su avance.</translation>
    </message>
</context>
<context>
    <name>GiveUpDialog</name>
    <message>
        <source>Time limit for “%1”</source>
        <translation>Límite de tiempo para «%1»</translation>
    </message>
    <message>
        <source>Stop waiting for this job this long after it started (0 h 0 min: no limit). The job then needs attention; the cloud may still finish the work.</source>
        <translation>Dejar de esperar este trabajo este tiempo después de su inicio (0 h 0 min: sin límite). El trabajo pasa a requerir atención; la nube aún puede terminar la operación.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
</context>
<context>
    <name>FilePart</name>
    <message>
        <source>The file is shorter than expected.</source>
        <translation>El archivo es más corto de lo esperado.</translation>
    </message>
</context>
<context>
    <name>MultipartPlan</name>
    <message>
        <source>The file is larger than an object can be (%1).</source>
        <extracomment>%1 = a size such as &quot;48.8 TB&quot;</extracomment>
        <translation>El archivo supera el tamaño máximo de un objeto (%1).</translation>
    </message>
    <message>
        <source>The part size must be between 5 MiB and 5 GiB.</source>
        <translation>El tamaño de parte debe estar entre 5 MiB y 5 GiB.</translation>
    </message>
    <message>
        <source>With this part size the file needs more than 10,000 parts; use at least %1 MiB.</source>
        <extracomment>%1 = the smallest part size that works, in MiB</extracomment>
        <translation>Con este tamaño de parte el archivo necesita más de 10.000 partes; use al menos %1 MiB.</translation>
    </message>
</context>
<context>
    <name>MultipartUpload</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <extracomment>%1 = a file path, %2 = the system&apos;s reason</extracomment>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>part %1 was stored with another checksum (%2)</source>
        <extracomment>%1 = part number, %2 = the server&apos;s ETag</extracomment>
        <translation>la parte %1 se guardó con otra suma de comprobación (%2)</translation>
    </message>
    <message>
        <source>the object was stored with ETag %1 where %2 was expected</source>
        <extracomment>%1 = the server&apos;s ETag, %2 = the ETag computed from the file</extracomment>
        <translation>el objeto se guardó con el ETag %1 en lugar de %2</translation>
    </message>
</context>
<context>
    <name>ObsCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>The region the signature is for. Default: OBS_REGION, AWS_REGION, the region in an OBS endpoint&apos;s name, else us-east-1.</source>
        <translation>La región para la que se firma. Predeterminado: OBS_REGION, AWS_REGION, la región del nombre del endpoint de OBS o, si no, us-east-1.</translation>
    </message>
    <message>
        <source>region</source>
        <comment>command line value name</comment>
        <translation>región</translation>
    </message>
    <message>
        <source>Address buckets in the path (https://host/bucket/object) instead of the host name. Always so for an IP address or localhost.</source>
        <translation>Indica el bucket en la ruta (https://host/bucket/object) en lugar del nombre de host. Siempre así con una dirección IP o localhost.</translation>
    </message>
    <message>
        <source>Print one JSON document (stable keys) instead of a table.</source>
        <translation>Imprime un documento JSON (claves estables) en lugar de una tabla.</translation>
    </message>
    <message>
        <source>How many parts are sent at the same time (default 4).</source>
        <translation>Cuántas partes se envían a la vez (predeterminado: 4).</translation>
    </message>
    <message>
        <source>count</source>
        <comment>command line value name</comment>
        <translation>número</translation>
    </message>
    <message>
        <source>The size of each part in MiB (5 to 5120). Default: 16 MiB, larger when the file needs more than 10,000 parts.</source>
        <translation>El tamaño de cada parte en MiB (5 a 5120). Predeterminado: 16 MiB, mayor cuando el archivo necesita más de 10.000 partes.</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>command line value name</comment>
        <translation>MiB</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>Lists the buckets, or the objects of a bucket under a prefix, of the object storage (OBS or S3).</source>
        <translation>Lista los buckets, o los objetos de un bucket bajo un prefijo, del almacenamiento de objetos (OBS o S3).</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>La acción.</translation>
    </message>
    <message>
        <source>BUCKET or BUCKET/PREFIX (optional).</source>
        <translation>BUCKET o BUCKET/PREFIJO (opcional).</translation>
    </message>
    <message>
        <source>Uploads a file as an object in parts, several at a time. Running the same command again after an interruption resumes the upload: only the missing parts are sent.</source>
        <translation>Carga un archivo como objeto en partes, varias a la vez. Ejecutar de nuevo el mismo comando tras una interrupción reanuda la carga: solo se envían las partes que faltan.</translation>
    </message>
    <message>
        <source>The local file.</source>
        <translation>El archivo local.</translation>
    </message>
    <message>
        <source>BUCKET or BUCKET/OBJECT (default object name: the file&apos;s name; BUCKET/FOLDER/ puts it in that folder).</source>
        <translation>BUCKET o BUCKET/OBJETO (nombre de objeto predeterminado: el del archivo; BUCKET/CARPETA/ lo coloca en esa carpeta).</translation>
    </message>
    <message>
        <source>Lists the unfinished multipart uploads of a bucket (they use paid space until completed or aborted).</source>
        <translation>Lista las cargas multiparte sin terminar de un bucket (ocupan espacio de pago hasta que se completan o se cancelan).</translation>
    </message>
    <message>
        <source>The bucket.</source>
        <translation>El bucket.</translation>
    </message>
    <message>
        <source>Aborts an unfinished multipart upload: the object storage deletes its parts.</source>
        <translation>Cancela una carga multiparte sin terminar: el almacenamiento de objetos elimina sus partes.</translation>
    </message>
    <message>
        <source>The object.</source>
        <translation>El objeto.</translation>
    </message>
    <message>
        <source>The upload ID (see obs uploads).</source>
        <translation>El ID de la carga (véase obs uploads).</translation>
    </message>
    <message>
        <source>Object storage (OBS, or any S3 API) without a display. Actions: %1. &quot;imagewright obs ACTION --help&quot; describes each.</source>
        <extracomment>%1 = the list of actions</extracomment>
        <translation>Almacenamiento de objetos (OBS o cualquier API S3) sin pantalla. Acciones: %1. &quot;imagewright obs ACCIÓN --help&quot; describe cada una.</translation>
    </message>
    <message>
        <source>Give an action: imagewright obs %1</source>
        <extracomment>%1 = the list of actions</extracomment>
        <translation>Indique una acción: imagewright obs %1</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use one of: %2.</source>
        <extracomment>%1 = what was given, %2 = the list of actions</extracomment>
        <translation>Acción desconocida &quot;%1&quot;. Use una de: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Give the file and the bucket: imagewright obs put FILE BUCKET[/OBJECT]</source>
        <translation>Indique el archivo y el bucket: imagewright obs put ARCHIVO BUCKET[/OBJETO]</translation>
    </message>
    <message>
        <source>--parts needs a whole number from 1 to 64, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--parts necesita un número entero de 1 a 64, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--part-size needs a whole number of MiB from 5 to 5120, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--part-size necesita un número entero de MiB de 5 a 5120, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the bucket: imagewright obs uploads BUCKET</source>
        <translation>Indique el bucket cuyas cargas se listan: imagewright obs uploads BUCKET</translation>
    </message>
    <message>
        <source>Give the bucket, the object and the upload ID: imagewright obs abort BUCKET OBJECT UPLOAD_ID</source>
        <translation>Indique el bucket, el objeto y el ID de la carga: imagewright obs abort BUCKET OBJETO ID_DE_CARGA</translation>
    </message>
    <message>
        <source>The bucket name is empty.</source>
        <translation>El nombre del bucket está vacío.</translation>
    </message>
    <message>
        <source>The object storage did not accept the access key or its signature: %1: %2</source>
        <extracomment>%1 = the server&apos;s error code, %2 = its message</extracomment>
        <translation>El almacenamiento de objetos no aceptó la clave de acceso o su firma: %1: %2</translation>
    </message>
    <message>
        <source>The object storage refused the request (HTTP %1): %2: %3</source>
        <extracomment>%1 = HTTP status, %2 = the server&apos;s error code, %3 = its message</extracomment>
        <translation>El almacenamiento de objetos rechazó la solicitud (HTTP %1): %2: %3</translation>
    </message>
    <message>
        <source>%1 (request ID %2)</source>
        <extracomment>%1 = a message, %2 = the server&apos;s request id</extracomment>
        <translation>%1 (ID de solicitud %2)</translation>
    </message>
    <message>
        <source>No buckets.</source>
        <translation>No hay buckets.</translation>
    </message>
    <message>
        <source>No objects.</source>
        <translation>No hay objetos.</translation>
    </message>
    <message>
        <source>Only the first %1 entries are listed.</source>
        <translation>Solo se listan las primeras %1 entradas.</translation>
    </message>
    <message>
        <source>No unfinished uploads.</source>
        <translation>No hay cargas sin terminar.</translation>
    </message>
    <message>
        <source>Aborted upload %1 of %2.</source>
        <extracomment>%1 = upload ID, %2 = object name</extracomment>
        <translation>Se canceló la carga %1 de %2.</translation>
    </message>
    <message>
        <source>Use the object storage of this saved cloud profile (name or id): its catalog&apos;s OBS endpoint and its keys (an AK/SK profile&apos;s own, else temporary keys from IAM). Default: the OBS_* or AWS_* environment.</source>
        <translation>Usa el almacenamiento de objetos de este perfil de nube guardado (nombre o ID): el punto de conexión OBS de su catálogo y sus claves (las propias de un perfil AK/SK; si no, claves temporales de IAM). Predeterminado: el entorno OBS_* o AWS_*.</translation>
    </message>
    <message>
        <source>name</source>
        <comment>command line value name</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no object storage: its service catalog lists no &quot;obs&quot; service, and its cloud family has no well-known OBS endpoint. Add an endpoint override for &quot;obs&quot; to the profile.</source>
        <translation>El perfil «%1» no tiene almacenamiento de objetos: su catálogo de servicios no incluye ningún servicio &quot;obs&quot; y su familia de nube no tiene un punto de conexión OBS conocido. Añada al perfil una sustitución de punto de conexión para &quot;obs&quot;.</translation>
    </message>
</context>
<context>
    <name>ObsEnv</name>
    <message>
        <source>No access key: set OBS_ACCESS_KEY_ID and OBS_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).</source>
        <translation>No hay clave de acceso: defina OBS_ACCESS_KEY_ID y OBS_SECRET_ACCESS_KEY (o AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY).</translation>
    </message>
    <message>
        <source>No endpoint: set OBS_ENDPOINT (or AWS_ENDPOINT_URL), for example https://obs.eu-de.otc.t-systems.com.</source>
        <translation>No hay endpoint: defina OBS_ENDPOINT (o AWS_ENDPOINT_URL), por ejemplo https://obs.eu-de.otc.t-systems.com.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http or https address of a host.</source>
        <extracomment>%1 = the endpoint as given</extracomment>
        <translation>El endpoint &quot;%1&quot; no es una dirección http o https de un host.</translation>
    </message>
</context>
<context>
    <name>ObsPutCommand</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>The upload cannot be resumed. To start again, first abort the unfinished upload: %1</source>
        <extracomment>%1 = the command that aborts the old upload</extracomment>
        <translation>No se puede reanudar la carga. Para empezar de nuevo, cancele primero la carga sin terminar: %1</translation>
    </message>
    <message>
        <source>Resuming upload %1 of %2.</source>
        <extracomment>%1 = upload ID, %2 = bucket/object</extracomment>
        <translation>Reanudando la carga %1 de %2.</translation>
    </message>
    <message>
        <source>%1 of %2 parts are already uploaded and match the file.</source>
        <extracomment>%1 and %2 = part counts</extracomment>
        <translation>%1 de %2 partes ya están cargadas y coinciden con el archivo.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %), %4 of %5 parts, %6</source>
        <extracomment>Progress of obs put. %1 and %2 = sizes, %3 = percent, %4 and %5 = part counts, %6 = rate</extracomment>
        <translation>%1 de %2 (%3 %), %4 de %5 partes, %6</translation>
    </message>
    <message>
        <source>Interrupted. Run the same command again to resume, or abort the upload: %1</source>
        <extracomment>%1 = the command that aborts the upload</extracomment>
        <translation>Interrumpido. Ejecute de nuevo el mismo comando para reanudar, o cancele la carga: %1</translation>
    </message>
    <message>
        <source>The unfinished upload is no longer in the bucket; starting again.</source>
        <translation>La carga sin terminar ya no está en el bucket; se empieza de nuevo.</translation>
    </message>
    <message>
        <source>Run the same command again to resume the upload.</source>
        <translation>Ejecute de nuevo el mismo comando para reanudar la carga.</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2.</source>
        <extracomment>%1 = file path, %2 = bucket/object</extracomment>
        <translation>Se cargó %1 en %2.</translation>
    </message>
</context>
<context>
    <name>UploadState</name>
    <message>
        <source>The file %1 is no longer there.</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>El archivo %1 ya no existe.</translation>
    </message>
    <message>
        <source>The file %1 has changed since the upload started: its size was %2 bytes, now %3 bytes.</source>
        <extracomment>%1 = a file path, %2 and %3 = byte counts</extracomment>
        <translation>El archivo %1 ha cambiado desde que empezó la carga: su tamaño era de %2 bytes y ahora es de %3 bytes.</translation>
    </message>
    <message>
        <source>The file %1 has changed since the upload started: it was modified at %2, now at %3.</source>
        <extracomment>%1 = a file path, %2 and %3 = date and time</extracomment>
        <translation>El archivo %1 ha cambiado desde que empezó la carga: se modificó a las %2 y ahora a las %3.</translation>
    </message>
</context>
<context>
    <name>ImageDeleteFlow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: job %2</source>
        <translation>%1: trabajo %2</translation>
    </message>
    <message numerus="yes">
        <source>A job of the job monitor is still following %n of these image(s). Deleting an image makes its job fail.</source>
        <translation>
            <numerusform>Un trabajo del monitor de trabajos sigue todavía %n de estas imágenes. Si elimina una imagen, su trabajo falla.</numerusform>
            <numerusform>Trabajos del monitor de trabajos siguen todavía %n de estas imágenes. Si elimina una imagen, su trabajo falla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them anyway?</source>
        <translation>¿Eliminarlas de todos modos?</translation>
    </message>
    <message>
        <source>Images in Use by Jobs</source>
        <translation>Imágenes en uso por trabajos</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s)? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n imagen? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n imágenes? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Full-ECS images keep backups of the server&apos;s disks. Delete the backups with the images, or keep them.</source>
        <translation>Las imágenes de ECS completo guardan copias de seguridad de los discos del servidor. Elimine las copias de seguridad con las imágenes o consérvelas.</translation>
    </message>
    <message>
        <source>Delete With Backups</source>
        <translation>Eliminar con copias de seguridad</translation>
    </message>
    <message>
        <source>Delete, Keep Backups</source>
        <translation>Eliminar y conservar copias</translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>Eliminar imágenes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) deleted.</source>
        <translation>
            <numerusform>%n imagen eliminada.</numerusform>
            <numerusform>%n imágenes eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted, %2 not deleted.</source>
        <translation>%1 eliminadas, %2 sin eliminar.</translation>
    </message>
    <message>
        <source>Images Not Deleted</source>
        <translation>Imágenes no eliminadas</translation>
    </message>
    <message numerus="yes">
        <source>The cloud did not delete %n image(s):</source>
        <translation>
            <numerusform>La nube no eliminó %n imagen:</numerusform>
            <numerusform>La nube no eliminó %n imágenes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageEditDialog</name>
    <message>
        <source>The image was not changed: %1</source>
        <translation>La imagen no se modificó: %1</translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>Enviando el cambio…</translation>
    </message>
    <message>
        <source>Edit Image</source>
        <translation>Editar imagen</translation>
    </message>
    <message>
        <source>Change the properties of %1 (%2). Only what you change is sent.</source>
        <translation>Cambie las propiedades de %1 (%2). Solo se envía lo que cambie.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Minimum memo&amp;ry:</source>
        <translation>Memo&amp;ria mínima:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory:</source>
        <translation>Memoria má&amp;xima:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>Sin máximo</translation>
    </message>
    <message>
        <source>Minimum d&amp;isk:</source>
        <translation>Tamaño mínimo del d&amp;isco:</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Protected (cannot be deleted until unprotected)</source>
        <translation>&amp;Protegida (no se puede eliminar hasta quitar la protección)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CreateSummary</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>unos %n segundo</numerusform>
            <numerusform>unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>unas %1 horas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Nombre de la imagen</translation>
    </message>
    <message>
        <source>From the server</source>
        <translation>Del servidor</translation>
    </message>
    <message>
        <source>IMS copies the server&apos;s system disk into a new private image. The cloud runs this as a job; the monitor follows it to its end.</source>
        <translation>IMS copia el disco del sistema del servidor en una nueva imagen privada. La nube lo ejecuta como un trabajo; el monitor lo sigue hasta el final.</translation>
    </message>
    <message>
        <source>Data disk images</source>
        <translation>Imágenes de disco de datos</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): </source>
        <translation>
            <numerusform>%n imagen: </numerusform>
            <numerusform>%n imágenes: </numerusform>
        </translation>
    </message>
    <message>
        <source>IMS makes one data disk image of each chosen data disk, in one job.</source>
        <translation>IMS crea una imagen de disco de datos de cada disco de datos elegido, en un solo trabajo.</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>Minimum disk</source>
        <translation>Tamaño mínimo del disco</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>IMS reads the image file from the OBS bucket and registers it as a private image.</source>
        <translation>IMS lee el archivo de imagen del bucket de OBS y lo registra como imagen privada.</translation>
    </message>
    <message>
        <source>From the data disk</source>
        <translation>Del disco de datos</translation>
    </message>
    <message>
        <source>IMS makes a system disk image from the data disk.</source>
        <translation>IMS crea una imagen de disco del sistema a partir del disco de datos.</translation>
    </message>
    <message>
        <source>Nova takes a snapshot of the server into a new image; the monitor follows the image until it is active.</source>
        <translation>Nova toma una instantánea del servidor en una nueva imagen; el monitor sigue la imagen hasta que está activa.</translation>
    </message>
    <message>
        <source>From the volume</source>
        <translation>Del volumen</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>Formato de disco</translation>
    </message>
    <message>
        <source>Cinder copies the volume into a new image; the volume is &quot;uploading&quot; meanwhile and goes back to its status after.</source>
        <translation>Cinder copia el volumen en una nueva imagen; mientras tanto el volumen está &quot;uploading&quot; (cargando) y después vuelve a su estado.</translation>
    </message>
    <message>
        <source>Glance creates the image, then Imagewright uploads the file to it; Glance checks and stores it, and the image becomes active.</source>
        <translation>Glance crea la imagen y luego Imagewright carga el archivo en ella; Glance lo comprueba y lo guarda, y la imagen pasa a activa.</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>On this computer such a create took %1 (the median of the last ones that succeeded).</source>
        <translation>En este equipo, una creación así tardó %1 (la mediana de las últimas que salieron bien).</translation>
    </message>
    <message>
        <source>How long it takes depends on the size of the disk or file; the job monitor shows its progress.</source>
        <translation>Lo que tarda depende del tamaño del disco o del archivo; el monitor de trabajos muestra su progreso.</translation>
    </message>
    <message>
        <source>Imagewright adds nothing to this request (the API has no field for it). A lost answer is found again by the volume and the time.</source>
        <translation>Imagewright no añade nada a esta solicitud (la API no tiene un campo para ello). Una respuesta perdida se vuelve a encontrar por el volumen y la hora.</translation>
    </message>
    <message>
        <source>Imagewright chooses the image ID (%1), so a request whose answer was lost can be sent again without making a second image.</source>
        <translation>Imagewright elige el ID de la imagen (%1), de modo que una solicitud cuya respuesta se perdió puede enviarse de nuevo sin crear una segunda imagen.</translation>
    </message>
    <message>
        <source>Imagewright adds the image property %1 to find the image again if the answer is lost.</source>
        <translation>Imagewright añade la propiedad de imagen %1 para volver a encontrar la imagen si se pierde la respuesta.</translation>
    </message>
    <message>
        <source>Imagewright adds the tag %1 to find the job again if the answer is lost.</source>
        <translation>Imagewright añade la etiqueta %1 para volver a encontrar el trabajo si se pierde la respuesta.</translation>
    </message>
    <message>
        <source>OBS object</source>
        <translation>objeto de OBS</translation>
    </message>
    <message>
        <source>Imagewright uploads the image file to the OBS bucket in parts (resumable), then IMS imports it as a private image.</source>
        <translation>Imagewright carga el archivo de imagen en el bucket de OBS por partes (se puede reanudar) y luego IMS lo importa como imagen privada.</translation>
    </message>
    <message>
        <source>Bitmap file</source>
        <translation>Archivo de mapa de bits</translation>
    </message>
    <message>
        <extracomment>%1 = the bitmap file&apos;s name, %2 = bucket:object</extracomment>
        <source>%1, as %2</source>
        <translation>%1, como %2</translation>
    </message>
</context>
<context>
    <name>ImageFileFormat</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The image file&apos;s name ends in .%1, but the file does not start like a %2 file. Check that it is complete and of the format its name says.</source>
        <translation>El nombre del archivo de imagen termina en .%1, pero el archivo no empieza como un archivo %2. Compruebe que esté completo y que tenga el formato que indica su nombre.</translation>
    </message>
    <message>
        <source>The image file looks like %1, but its name ends in .%2. Rename it, or convert it to the format its name says.</source>
        <translation>El archivo de imagen parece %1, pero su nombre termina en .%2. Cámbiele el nombre o conviértalo al formato que indica su nombre.</translation>
    </message>
</context>
<context>
    <name>MemberChange</name>
    <message>
        <source>Give the image&apos;s ID.</source>
        <translation>Indique el ID de la imagen.</translation>
    </message>
    <message>
        <source>Give at least one project to share with.</source>
        <translation>Indique al menos un proyecto con el que compartir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID: it has 32 hexadecimal characters (0-9, a-f).</source>
        <translation>«%1» no es un ID de proyecto: tiene 32 caracteres hexadecimales (0-9, a-f).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID: 1 to 255 characters without spaces.</source>
        <translation>«%1» no es un ID de proyecto: de 1 a 255 caracteres sin espacios.</translation>
    </message>
    <message>
        <source>This is the image&apos;s own project; share with another one.</source>
        <translation>Es el proyecto propio de la imagen; compártala con otro.</translation>
    </message>
    <message>
        <source>Project %1 is given twice.</source>
        <translation>El proyecto %1 se indica dos veces.</translation>
    </message>
    <message>
        <source>This image belongs to this project; only a project it is shared with accepts or rejects it.</source>
        <translation>Esta imagen pertenece a este proyecto; solo un proyecto con el que se comparte puede aceptarla o rechazarla.</translation>
    </message>
    <message>
        <source>This image is not shared with this project.</source>
        <translation>Esta imagen no se comparte con este proyecto.</translation>
    </message>
    <message>
        <source>Only the project that owns an image shares it.</source>
        <translation>Solo el proyecto propietario de una imagen puede compartirla.</translation>
    </message>
    <message>
        <source>Only active images can be shared; this one is %1.</source>
        <translation>Solo se pueden compartir imágenes activas (active); el estado de esta imagen es %1.</translation>
    </message>
    <message>
        <source>Only private images can be shared.</source>
        <translation>Solo se pueden compartir imágenes privadas.</translation>
    </message>
    <message>
        <source>A %1 image has no members: every project sees it already.</source>
        <translation>Una imagen %1 no tiene miembros: todos los proyectos ya la ven.</translation>
    </message>
</context>
<context>
    <name>ImageMemberKind</name>
    <message>
        <source>Share Image…</source>
        <translation>Compartir imagen…</translation>
    </message>
    <message>
        <source>Accept Shared Image</source>
        <translation>Aceptar imagen compartida</translation>
    </message>
    <message>
        <source>Reject Shared Image</source>
        <translation>Rechazar imagen compartida</translation>
    </message>
</context>
<context>
    <name>ImagesMembersCommand</name>
    <message>
        <source>A project to share the image with (repeatable).</source>
        <translation>Un proyecto con el que compartir la imagen (se puede repetir).</translation>
    </message>
    <message>
        <source>A project to stop sharing the image with (repeatable).</source>
        <translation>Un proyecto con el que dejar de compartir la imagen (se puede repetir).</translation>
    </message>
    <message>
        <source>project-id</source>
        <translation>ID de proyecto</translation>
    </message>
    <message>
        <source>IMS: follow the cloud&apos;s job to its end (without it the command ends once the cloud took the job; the monitor follows it).</source>
        <translation>IMS: seguir el trabajo de la nube hasta su fin (sin esta opción el comando termina cuando la nube acepta el trabajo; el monitor lo sigue).</translation>
    </message>
    <message>
        <source>With --wait: stop waiting after this many seconds (exit 4).</source>
        <translation>Con --wait: dejar de esperar tras estos segundos (código de salida 4).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Shares an image with other projects (adds them as members).</source>
        <translation>Comparte una imagen con otros proyectos (los añade como miembros).</translation>
    </message>
    <message>
        <source>Stops sharing an image with projects (removes them as members).</source>
        <translation>Deja de compartir una imagen con proyectos (los quita como miembros).</translation>
    </message>
    <message>
        <source>Lists an image&apos;s members and their status.</source>
        <translation>Lista los miembros de una imagen y su estado.</translation>
    </message>
    <message>
        <source>Accepts an image another project shared with this one.</source>
        <translation>Acepta una imagen que otro proyecto compartió con este.</translation>
    </message>
    <message>
        <source>Rejects an image another project shared with this one.</source>
        <translation>Rechaza una imagen que otro proyecto compartió con este.</translation>
    </message>
    <message>
        <source>Give at least one --project.</source>
        <translation>Indique al menos un --project.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting after %n second(s); the cloud&apos;s job goes on.</source>
        <translation>
            <numerusform>Se dejó de esperar tras %n segundo; el trabajo de la nube continúa.</numerusform>
            <numerusform>Se dejó de esperar tras %n segundos; el trabajo de la nube continúa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image is not shared with any project.</source>
        <translation>La imagen no se comparte con ningún proyecto.</translation>
    </message>
    <message>
        <source>The change is not valid; nothing was sent:</source>
        <translation>El cambio no es válido; no se envió nada:</translation>
    </message>
    <message>
        <source>Nothing was sent for image %1:</source>
        <translation>No se envió nada para la imagen %1:</translation>
    </message>
    <message>
        <source>The cloud runs job %1; &quot;imagewright watch %1&quot; follows it.</source>
        <translation>La nube ejecuta el trabajo %1; &quot;imagewright watch %1&quot; lo sigue.</translation>
    </message>
    <message>
        <source>The cloud&apos;s job is done.</source>
        <translation>El trabajo de la nube ha terminado.</translation>
    </message>
    <message>
        <source>The cloud&apos;s job failed: %1</source>
        <translation>El trabajo de la nube falló: %1</translation>
    </message>
</context>
<context>
    <name>ImageShareDialog</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>No se pudieron leer los miembros: %1</translation>
    </message>
    <message>
        <source>The members were not changed: %1</source>
        <translation>No se cambiaron los miembros: %1</translation>
    </message>
    <message>
        <source>The cloud runs job %1; the job monitor follows it. Refresh shows the members once it has ended.</source>
        <translation>La nube ejecuta el trabajo %1; el monitor de trabajos lo sigue. Actualizar muestra los miembros cuando haya terminado.</translation>
    </message>
    <message>
        <source>The members were changed.</source>
        <translation>Se cambiaron los miembros.</translation>
    </message>
    <message>
        <source>Share Image</source>
        <translation>Compartir imagen</translation>
    </message>
    <message>
        <source>The projects %1 (%2) is shared with. A project sees the image once it has accepted it.</source>
        <translation>Los proyectos con los que se comparte %1 (%2). Un proyecto ve la imagen cuando la ha aceptado.</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Miembros:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID de proyecto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Fecha de actualización</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID de &amp;proyecto:</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>32 caracteres hexadecimales</translation>
    </message>
    <message>
        <source>The project&apos;s ID</source>
        <translation>El ID del proyecto</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <source>The cloud runs job %1; the job monitor follows it, and the members here are read again once it has ended.</source>
        <translation>La nube ejecuta el trabajo %1; el monitor de trabajos lo sigue y los miembros se vuelven a leer aquí cuando termine.</translation>
    </message>
</context>
<context>
    <name>LocalFileRequest</name>
    <message>
        <source>Give the OBS bucket to upload to: &quot;params&quot;: {&quot;bucket&quot;: &quot;my-bucket&quot;}.</source>
        <translation>Indique el bucket de OBS en el que cargar: &quot;params&quot;: {&quot;bucket&quot;: &quot;my-bucket&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OBS bucket name: 3 to 63 lowercase letters, digits, hyphens or periods, starting and ending with a letter or digit, not an IP address.</source>
        <translation>&quot;%1&quot; no es un nombre de bucket de OBS: de 3 a 63 letras minúsculas, dígitos, guiones o puntos, que empiece y termine con una letra o un dígito, y que no sea una dirección IP.</translation>
    </message>
    <message>
        <source>The object name is empty.</source>
        <translation>El nombre del objeto está vacío.</translation>
    </message>
    <message>
        <source>An object name can have at most 1024 bytes.</source>
        <translation>Un nombre de objeto puede tener como máximo 1024 bytes.</translation>
    </message>
    <message>
        <source>“%1”: an object name cannot start with a slash.</source>
        <translation>“%1”: un nombre de objeto no puede empezar con una barra.</translation>
    </message>
    <message>
        <source>“%1”: OBS file and folder names here cannot contain spaces. Choose an object name without spaces (params.object).</source>
        <translation>“%1”: aquí los nombres de archivo y carpeta de OBS no pueden contener espacios. Elija un nombre de objeto sin espacios (params.object).</translation>
    </message>
    <message>
        <source>The image file %1 does not exist.</source>
        <translation>El archivo de imagen %1 no existe.</translation>
    </message>
    <message>
        <source>The image file %1 is not a readable file.</source>
        <translation>El archivo de imagen %1 no es un archivo legible.</translation>
    </message>
    <message>
        <source>The image file %1 is empty.</source>
        <translation>El archivo de imagen %1 está vacío.</translation>
    </message>
    <message>
        <source>A quick import takes only ZVHD2 or RAW files; this file is %1. Convert it, or leave is_quick_import out for a normal import.</source>
        <translation>Una importación rápida solo admite archivos ZVHD2 o RAW; este archivo es %1. Conviértalo u omita is_quick_import para una importación normal.</translation>
    </message>
    <message>
        <source>The image file is %1; a quick import takes files of at most %2.</source>
        <translation>El archivo de imagen ocupa %1; una importación rápida admite archivos de como máximo %2.</translation>
    </message>
    <message>
        <source>The image file is %1; a normal import takes files smaller than %2. A ZVHD2 or RAW file of up to 1 TB can use the quick import (is_quick_import).</source>
        <translation>El archivo de imagen ocupa %1; una importación normal admite archivos de menos de %2. Un archivo ZVHD2 o RAW de hasta 1 TB puede usar la importación rápida (is_quick_import).</translation>
    </message>
    <message>
        <source>Give the image file to upload: &quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;} (relative to the request file&apos;s folder, or absolute).</source>
        <translation>Indique el archivo de imagen que cargar: &quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;} (relativo a la carpeta del archivo de solicitud, o absoluto).</translation>
    </message>
    <message>
        <source>&quot;bucket&quot; must be a text.</source>
        <translation>&quot;bucket&quot; debe ser un texto.</translation>
    </message>
    <message>
        <source>&quot;object&quot; must be a text.</source>
        <translation>&quot;object&quot; debe ser un texto.</translation>
    </message>
    <message>
        <source>&quot;keep_object&quot; must be true or false.</source>
        <translation>&quot;keep_object&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>Leave image_url out: it is set from params.bucket and params.object when the file is uploaded.</source>
        <translation>Omita image_url: se rellena a partir de params.bucket y params.object cuando se carga el archivo.</translation>
    </message>
    <message>
        <extracomment>%1 = file path</extracomment>
        <source>The bitmap file %1 does not exist.</source>
        <translation>El archivo de mapa de bits %1 no existe.</translation>
    </message>
    <message>
        <extracomment>%1 = file path</extracomment>
        <source>The bitmap file %1 is not a readable file.</source>
        <translation>El archivo de mapa de bits %1 no es un archivo legible.</translation>
    </message>
    <message>
        <extracomment>%1 = file path</extracomment>
        <source>The bitmap file %1 is empty.</source>
        <translation>El archivo de mapa de bits %1 está vacío.</translation>
    </message>
    <message>
        <extracomment>%1 = file path, %2 = its size, %3 = the limit</extracomment>
        <source>%1 is %2: too large for a bitmap file (at most %3). Choose the .mf file CreateMF.jar made for the RAW image file.</source>
        <translation>%1 ocupa %2: demasiado para un archivo de mapa de bits (como máximo %3). Elija el archivo .mf que CreateMF.jar generó para el archivo de imagen RAW.</translation>
    </message>
    <message>
        <source>&quot;bitmap&quot; must be a text: the path of the RAW file&apos;s .mf file.</source>
        <translation>«bitmap» debe ser un texto: la ruta del archivo .mf del archivo RAW.</translation>
    </message>
    <message>
        <source>Only a quick import of a RAW file takes a bitmap file; leave params.bitmap out.</source>
        <translation>Solo la importación rápida de un archivo RAW lleva archivo de mapa de bits; omita params.bitmap.</translation>
    </message>
    <message>
        <extracomment>%1 = the file name looked for, e.g. disk01.mf</extracomment>
        <source>A quick import of a RAW file needs its bitmap file (.mf, made by CreateMF.jar), uploaded beside it. %1 is not beside the image file: give the bitmap file (params.bitmap).</source>
        <translation>La importación rápida de un archivo RAW necesita su archivo de mapa de bits (.mf, generado por CreateMF.jar), cargado junto a él. %1 no está junto al archivo de imagen: indique el archivo de mapa de bits (params.bitmap).</translation>
    </message>
    <message>
        <extracomment>%1 = the object name</extracomment>
        <source>“%1” is the name the bitmap file gets in the bucket; give the image file&apos;s object another extension, such as .raw.</source>
        <translation>«%1» es el nombre que recibe el archivo de mapa de bits en el bucket; dé al objeto del archivo de imagen otra extensión, como .raw.</translation>
    </message>
</context>
<context>
    <name>ObsImportController</name>
    <message>
        <source>The OBS bucket %1 does not exist, or this account cannot see it.</source>
        <translation>El bucket de OBS %1 no existe, o esta cuenta no puede verlo.</translation>
    </message>
    <message>
        <source>The OBS bucket %1 is in region %2, but IMS imports only from a bucket in the profile&apos;s region %3. Choose a bucket in %3.</source>
        <translation>El bucket de OBS %1 está en la región %2, pero IMS solo importa desde un bucket de la región del perfil, %3. Elija un bucket de %3.</translation>
    </message>
    <message>
        <source>The OBS bucket %1 has the storage class %2; IMS imports only from a bucket of the Standard class.</source>
        <translation>El bucket de OBS %1 tiene la clase de almacenamiento %2; IMS solo importa desde un bucket de clase estándar.</translation>
    </message>
    <message>
        <source>Another process, %1, is uploading this job&apos;s file now. Resume the upload once that process has ended; the parts it sent stay in the bucket.</source>
        <translation>Otro proceso, %1, está cargando ahora el archivo de este trabajo. Reanude la carga cuando ese proceso haya terminado; las partes que envió permanecen en el bucket.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Sign in with these values without saving them, and list what the cloud offers</source>
        <translation>Iniciar sesión con estos valores sin guardarlos y mostrar lo que ofrece la nube</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>cualquier región</translation>
    </message>
    <message>
        <source>Signed in, but the catalog has no services for region %1 on this interface. Regions in the catalog: %2.</source>
        <translation>Se inició sesión, pero el catálogo no tiene servicios para %1 en esta interfaz. Regiones del catálogo: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>None of the image creation methods: the catalog has no image, compute or volume service here.</source>
        <translation>Ningún método de creación de imágenes: aquí el catálogo no tiene servicio de imágenes, de cómputo ni de volúmenes.</translation>
    </message>
    <message>
        <source>Connected. Services in %1: %2.
Image creation methods available: %3</source>
        <translation>Conectado. Servicios en %1: %2.
Métodos de creación de imágenes disponibles: %3</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Everything needed to sign in to one project in one region. The password is kept in the system keychain, never in a file.</source>
        <translation>Todo lo necesario para iniciar sesión en un proyecto de una región. La contraseña se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Use T&amp;his Profile</source>
        <translation>Usar este perfil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Discard the changes in the form</source>
        <translation>Descartar los cambios del formulario</translation>
    </message>
    <message>
        <source>Save the changes first.</source>
        <translation>Guarde antes los cambios.</translation>
    </message>
    <message>
        <source>This profile is in use.</source>
        <translation>Este perfil está en uso.</translation>
    </message>
    <message>
        <source>Switch the main window to this profile</source>
        <translation>Cambiar la ventana principal a este perfil</translation>
    </message>
    <message>
        <source>The password is missing: enter it to test the connection.</source>
        <translation>Falta la contraseña: introdúzcala para probar la conexión.</translation>
    </message>
</context>
<context>
    <name>ProfileIdentitySection</name>
    <message>
        <source>&amp;Name:</source>
        <comment>profile name</comment>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>For example: Production, Frankfurt</source>
        <translation>Por ejemplo: Producción, Fráncfort</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>Nu&amp;be:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Identity &amp;URL:</source>
        <translation>URL de iden&amp;tidad:</translation>
    </message>
    <message>
        <source>https://keystone.example.com:5000/v3</source>
        <translation>https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>The Keystone version 3 (IAM) address; it ends with /v3.</source>
        <translation>La dirección de Keystone versión 3 (IAM); termina en /v3.</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>Nombre del pro&amp;yecto:</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>I&amp;D de proyecto:</translation>
    </message>
    <message>
        <source>Instead of the project name</source>
        <translation>En lugar del nombre del proyecto</translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation>Dominio del proye&amp;cto:</translation>
    </message>
    <message>
        <source>Inter&amp;face:</source>
        <translation>Interfa&amp;z:</translation>
    </message>
    <message>
        <source>public</source>
        <comment>Keystone endpoint interface</comment>
        <translation>public</translation>
    </message>
    <message>
        <source>internal</source>
        <comment>Keystone endpoint interface</comment>
        <translation>internal</translation>
    </message>
    <message>
        <source>admin</source>
        <comment>Keystone endpoint interface</comment>
        <translation>admin</translation>
    </message>
    <message>
        <source>Which catalog endpoints to use; public unless your cloud&apos;s administrator says otherwise.</source>
        <translation>Qué puntos de conexión del catálogo se usan; public, salvo que el administrador de su nube indique otra cosa.</translation>
    </message>
    <message>
        <source>Imagewright manages this profile: it follows the local demo cloud.</source>
        <translation>Imagewright administra este perfil: se ajusta a la nube de demostración local.</translation>
    </message>
</context>
<context>
    <name>ProfileSecretWriter</name>
    <message>
        <source>access to the keychain was refused</source>
        <translation>se denegó el acceso al llavero</translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation>el llavero no está disponible</translation>
    </message>
</context>
<context>
    <name>ProfileSignInSection</name>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL del punto de conexión</translation>
    </message>
    <message>
        <source>Add Override</source>
        <translation>Añadir sustitución</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>Quitar sustitución</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Sign-in metho&amp;d:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <source>How Imagewright signs in: a password, an application credential, or a Huawei access key pair (AK/SK).</source>
        <translation>Cómo inicia sesión Imagewright: con una contraseña, una credencial de aplicación o un par de claves de acceso de Huawei (AK/SK).</translation>
    </message>
    <message>
        <source>Use&amp;r name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>press and hold to show the password</comment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Press and hold to show the password</source>
        <translation>Mantener pulsado para mostrar la contraseña</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>Usar solo en esta sesión</translation>
    </message>
    <message>
        <source>Keep the password in memory until Imagewright quits; it is not saved anywhere.</source>
        <translation>Mantener la contraseña en memoria hasta que se cierre Imagewright; no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>Keep the secrets typed here in memory until Imagewright quits; they are not saved anywhere.</source>
        <translation>Mantener en memoria los secretos escritos aquí hasta que se cierre Imagewright; no se guardan en ningún sitio.</translation>
    </message>
    <message>
        <source>User d&amp;omain:</source>
        <translation>D&amp;ominio del usuario:</translation>
    </message>
    <message>
        <source>Credential ID:</source>
        <translation>ID de la credencial:</translation>
    </message>
    <message>
        <source>Or leave empty and give the credential&apos;s name</source>
        <translation>O déjelo vacío e indique el nombre de la credencial</translation>
    </message>
    <message>
        <source>Credential name:</source>
        <translation>Nombre de la credencial:</translation>
    </message>
    <message>
        <source>With the user name and user domain</source>
        <translation>Junto con el nombre de usuario y su dominio</translation>
    </message>
    <message>
        <source>Credential secret:</source>
        <translation>Secreto de la credencial:</translation>
    </message>
    <message>
        <source>Access ke&amp;y (AK):</source>
        <translation>Clave de acce&amp;so (AK):</translation>
    </message>
    <message>
        <source>Sec&amp;ret key (SK):</source>
        <translation>Clave secreta (S&amp;K):</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>Clave temporal</translation>
    </message>
    <message>
        <source>A temporary access key, valid only together with its security token</source>
        <translation>Una clave de acceso temporal, válida solo junto con su token de seguridad</translation>
    </message>
    <message>
        <source>Security token:</source>
        <translation>Token de seguridad:</translation>
    </message>
    <message>
        <source>Endpoint overrides:</source>
        <translation>Sustitución de puntos de conexión:</translation>
    </message>
    <message>
        <source>Use these addresses instead of the catalog&apos;s for the given service types, e.g. a private gateway.</source>
        <translation>Usar estas direcciones en lugar de las del catálogo para los tipos de servicio indicados, p. ej. una pasarela privada.</translation>
    </message>
    <message>
        <source>Stored in the system keychain; leave empty to keep it</source>
        <translation>Guardado en el llavero del sistema; déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Not needed: the demo cloud&apos;s password is built in</source>
        <translation>No hace falta: la nube de demostración ya la incluye</translation>
    </message>
    <message>
        <source>Required; saved in the system keychain</source>
        <translation>Obligatoria; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Déjelo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Introduzca la contraseña.</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Guardando la contraseña en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Guardando en el llavero del sistema…</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>La contraseña está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1). It was not written anywhere else.</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema (%1). No se ha escrito en ningún otro lugar.</translation>
    </message>
    <message>
        <source>This secret could not be saved in the system keychain (%1). It was not written anywhere else.</source>
        <translation>No se pudo guardar este secreto en el llavero del sistema (%1). No se ha escrito en ningún otro sitio.</translation>
    </message>
    <message>
        <source>The password is used until Imagewright quits. It is not saved.</source>
        <translation>La contraseña se usará hasta que se cierre Imagewright. No se guarda.</translation>
    </message>
    <message>
        <source>Used until Imagewright quits. It is not saved.</source>
        <translation>Se usará hasta que se cierre Imagewright. No se guarda.</translation>
    </message>
</context>
<context>
    <name>ProfileTlsSection</name>
    <message>
        <source>Certificate chec&amp;ks:</source>
        <translation>Comprobación de certi&amp;ficados:</translation>
    </message>
    <message>
        <source>Verify certificates (system CAs)</source>
        <translation>Verificar certificados (CA del sistema)</translation>
    </message>
    <message>
        <source>Verify with a CA bundle file</source>
        <translation>Verificar con un archivo de paquete de CA</translation>
    </message>
    <message>
        <source>Insecure: do not verify certificates</source>
        <translation>Inseguro: no verificar certificados</translation>
    </message>
    <message>
        <source>How the cloud&apos;s TLS certificate is checked. Use a CA bundle file for a cloud with a private certificate authority.</source>
        <translation>Cómo se comprueba el certificado TLS de la nube. Use un archivo de paquete de CA para una nube con una autoridad de certificación privada.</translation>
    </message>
    <message>
        <source>CA bundle file (PEM), e.g. /etc/ssl/private-ca.pem</source>
        <translation>Archivo de paquete de CA (PEM), p. ej. /etc/ssl/private-ca.pem</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>Elegir el archivo de paquete de CA</translation>
    </message>
    <message>
        <source>I understand the risk: do not verify certificates</source>
        <translation>Entiendo el riesgo: no verificar certificados</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Choose CA Bundle File</source>
        <translation>Elegir archivo de paquete de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Introduzca un nombre para el perfil.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Ya hay otro perfil con este nombre.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Elija una región.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Introduzca el nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s domain: often Default; on Huawei Cloud and Open Telekom Cloud, the account name.</source>
        <translation>Introduzca el dominio del usuario: a menudo Default; en Huawei Cloud y Open Telekom Cloud, el nombre de la cuenta.</translation>
    </message>
    <message>
        <source>Enter a project name or a project ID.</source>
        <translation>Introduzca un nombre de proyecto o un ID de proyecto.</translation>
    </message>
    <message>
        <source>The project ID is used; the project name is only kept for reference.</source>
        <translation>Se usa el ID de proyecto; el nombre del proyecto solo se conserva como referencia.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s domain (needed with a project name).</source>
        <translation>Introduzca el dominio del proyecto (necesario si se indica un nombre de proyecto).</translation>
    </message>
    <message>
        <source>AK/SK signing is offered for Huawei Cloud and Open Telekom Cloud only.</source>
        <translation>La firma AK/SK solo está disponible para Huawei Cloud y Open Telekom Cloud.</translation>
    </message>
    <message>
        <source>Enter the application credential&apos;s ID, or its name.</source>
        <translation>Introduzca el ID de la credencial de aplicación o su nombre.</translation>
    </message>
    <message>
        <source>Enter the application credential&apos;s secret.</source>
        <translation>Introduzca el secreto de la credencial de aplicación.</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>Introduzca la clave de acceso (AK).</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>Introduzca la clave secreta (SK).</translation>
    </message>
    <message>
        <source>Enter the security token of the temporary key.</source>
        <translation>Introduzca el token de seguridad de la clave temporal.</translation>
    </message>
    <message>
        <source>Tick the box to confirm that this profile skips certificate checks, or choose a CA bundle file instead.</source>
        <translation>Marque la casilla para confirmar que este perfil omite las comprobaciones de certificados, o elija en su lugar un archivo de paquete de CA.</translation>
    </message>
</context>
<context>
    <name>ReviewSamples</name>
    <message>
        <source>The demo cloud has nothing this method can use.</source>
        <translation>La nube de demostración no tiene nada que este método pueda usar.</translation>
    </message>
    <message>
        <source>The sample values were not accepted by the method&apos;s page; the screenshot shows the page.</source>
        <translation>La página del método no aceptó los valores de ejemplo; la captura muestra la página.</translation>
    </message>
</context>
<context>
    <name>ObsBucketLister</name>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>No hay ningún perfil de nube seleccionado.</translation>
    </message>
    <message>
        <source>Its region and storage class could not be read: %1</source>
        <translation>No se pudieron leer su región y su clase de almacenamiento: %1</translation>
    </message>
</context>
<context>
    <name>ObsBucketPicker</name>
    <message>
        <source>not said</source>
        <comment>a bucket&apos;s region or storage class the server did not say</comment>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>IMS can import from it</source>
        <translation>IMS puede importar desde él</translation>
    </message>
    <message>
        <source>This account has no OBS bucket. Create one of the Standard class in the profile&apos;s region (OBS console or obsutil), then Refresh.</source>
        <translation>Esta cuenta no tiene ningún bucket de OBS. Cree uno de clase Estándar en la región del perfil (consola de OBS u obsutil) y pulse Actualizar.</translation>
    </message>
    <message>
        <source>Bucket</source>
        <comment>OBS bucket name column</comment>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Clase de almacenamiento</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>whether IMS can import from the bucket</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Reading the bucket list from OBS…</source>
        <translation>Leyendo la lista de buckets de OBS…</translation>
    </message>
    <message>
        <source>The bucket list could not be read from OBS: %1</source>
        <translation>No se pudo leer la lista de buckets de OBS: %1</translation>
    </message>
    <message>
        <source>Read the bucket list from OBS again</source>
        <translation>Volver a leer la lista de buckets de OBS</translation>
    </message>
    <message>
        <source>This account has no OBS bucket: Create Bucket… makes one IMS can import from.</source>
        <translation>Esta cuenta no tiene ningún bucket de OBS: Crear bucket de OBS… crea uno desde el que IMS puede importar.</translation>
    </message>
    <message>
        <source>Create B&amp;ucket…</source>
        <translation>Crear bucket de OB&amp;S…</translation>
    </message>
    <message>
        <source>Create a bucket in the profile&apos;s region with the Standard storage class</source>
        <translation>Crear un bucket en la región del perfil con la clase de almacenamiento estándar</translation>
    </message>
</context>
<context>
    <name>ImsLocalFilePage</name>
    <message>
        <source>Choose the Image File</source>
        <translation>Elegir el archivo de imagen</translation>
    </message>
    <message>
        <source>Image files (*.vhd *.vmdk *.qcow2 *.raw *.img *.vhdx *.qed *.vdi *.qcow *.zvhd *.zvhd2 *.iso);;All files (*)</source>
        <translation>Archivos de imagen (*.vhd *.vmdk *.qcow2 *.raw *.img *.vhdx *.qed *.vdi *.qcow *.zvhd *.zvhd2 *.iso);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imagewright uploads the local image file to an OBS bucket in parts (resumable), then IMS registers it as a private image.</source>
        <translation>Imagewright carga el archivo de imagen local en un bucket de OBS por partes (reanudable) y luego IMS lo registra como imagen privada.</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>Arc&amp;hivo de imagen:</translation>
    </message>
    <message>
        <source>The local image file to upload</source>
        <translation>El archivo de imagen local que se va a cargar</translation>
    </message>
    <message>
        <source>Default: the file&apos;s name</source>
        <translation>Predeterminado: el nombre del archivo</translation>
    </message>
    <message>
        <source>Keep the ob&amp;ject in the bucket after the import</source>
        <translation>Conservar el ob&amp;jeto en el bucket tras la importación</translation>
    </message>
    <message>
        <source>Unchecked, the uploaded object is deleted once the image is active.</source>
        <translation>Si no se marca, el objeto cargado se elimina cuando la imagen esté active.</translation>
    </message>
    <message>
        <source>Minimum system disk (&amp;GB):</source>
        <translation>Tamaño mínimo del disco del sistema (&amp;GB):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>disk size not given yet</comment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <translation>%1–%2 GB</translation>
    </message>
    <message>
        <source>OS t&amp;ype:</source>
        <translation>&amp;Tipo de sistema operativo:</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>OS type left out of the request</comment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation>&amp;Versión del sistema operativo:</translation>
    </message>
    <message>
        <source>Automatic &amp;configuration (is_config)</source>
        <translation>&amp;Configuración automática (is_config)</translation>
    </message>
    <message>
        <source>&amp;Quick import (is_quick_import)</source>
        <translation>Importación &amp;rápida (is_quick_import)</translation>
    </message>
    <message>
        <source>Encryption &amp;key ID (cmk_id):</source>
        <translation>ID de la clave maestra (cm&amp;k_id):</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Choose the local image file to upload.</source>
        <translation>Elija el archivo de imagen local que desea cargar.</translation>
    </message>
    <message>
        <source>Choose an OBS bucket IMS can import from.</source>
        <translation>Elija un bucket de OBS desde el que IMS pueda importar.</translation>
    </message>
    <message>
        <source>Read from the file: %1, %2.</source>
        <translation>Leído del archivo: %1, %2.</translation>
    </message>
    <message>
        <source>A normal import takes files smaller than %1; a quick import (ZVHD2 or RAW) up to %2.</source>
        <translation>Una importación normal admite archivos de menos de %1; una importación rápida (ZVHD2 o RAW), de hasta %2.</translation>
    </message>
    <message>
        <source>The file is uploaded in parts, each checked by MD5; an interrupted upload resumes from the job monitor and sends only the missing parts.</source>
        <translation>El archivo se carga por partes, cada una comprobada con MD5; una carga interrumpida se reanuda desde el monitor de trabajos y envía solo las partes que faltan.</translation>
    </message>
    <message>
        <source>An ISO file or a quick import needs the OS version.</source>
        <translation>Un archivo ISO o una importación rápida necesitan la versión del sistema operativo.</translation>
    </message>
    <message>
        <source>Wait for the bucket list from OBS, then choose a bucket.</source>
        <translation>Espere a la lista de buckets de OBS y elija uno.</translation>
    </message>
    <message>
        <source>&amp;Object name:</source>
        <translation>Nombre del &amp;objeto:</translation>
    </message>
    <message>
        <source>OB&amp;S bucket:</source>
        <translation>&amp;Bucket de OBS:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Se&amp;leccionar…</translation>
    </message>
    <message>
        <source>Choose the Bitmap File</source>
        <translation>Elegir el archivo de mapa de bits</translation>
    </message>
    <message>
        <source>Bitmap files (*.mf);;All files (*)</source>
        <translation>Archivos de mapa de bits (*.mf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Bi&amp;tmap file (.mf):</source>
        <translation>Archivo de mapa de bits (.m&amp;f):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <comment>the bitmap file; no mnemonic: the image file&apos;s Browse button has it</comment>
        <translation>Seleccionar…</translation>
    </message>
    <message>
        <source>A quick import of a RAW file needs its bitmap file, made by CreateMF.jar; it is uploaded beside the image file as NAME.mf.</source>
        <translation>La importación rápida de un archivo RAW necesita su archivo de mapa de bits, generado por CreateMF.jar; se carga junto al archivo de imagen como NOMBRE.mf.</translation>
    </message>
    <message>
        <extracomment>%1 = the default bitmap file&apos;s name, e.g. disk01.mf</extracomment>
        <source>Default: %1 beside the image file</source>
        <translation>Predeterminado: %1 junto al archivo de imagen</translation>
    </message>
    <message>
        <source>Only for a quick import of a RAW file</source>
        <translation>Solo para la importación rápida de un archivo RAW</translation>
    </message>
    <message>
        <extracomment>%1 = the default bitmap file&apos;s name, e.g. disk01.mf</extracomment>
        <source>A quick import of a RAW file needs its bitmap file (.mf). %1 is not beside the image file: choose the bitmap file.</source>
        <translation>La importación rápida de un archivo RAW necesita su archivo de mapa de bits (.mf). %1 no está junto al archivo de imagen: elija el archivo de mapa de bits.</translation>
    </message>
</context>
<context>
    <name>ImageCopyRequest</name>
    <message>
        <source>A KMS key ID has the form of a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>El ID de una clave de KMS tiene la forma de un UUID (8-4-4-4-12 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>Enter 0 (the default enterprise project) or the UUID of an enterprise project.</source>
        <translation>Introduzca 0 (el proyecto de empresa predeterminado) o el UUID de un proyecto de empresa.</translation>
    </message>
    <message>
        <source>A copy to another region cannot be encrypted here: leave the KMS key empty.</source>
        <translation>Una copia a otra región no se puede cifrar aquí: deje vacía la clave de KMS.</translation>
    </message>
    <message>
        <source>A copy to another region takes no enterprise project.</source>
        <translation>Una copia a otra región no admite proyecto de empresa.</translation>
    </message>
    <message>
        <source>Enter the region to copy the image to.</source>
        <translation>Introduzca la región a la que copiar la imagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as cn-north-4.</source>
        <translation>«%1» no es un nombre de región como cn-north-4.</translation>
    </message>
    <message>
        <source>The image is in this region already; copy it within the region instead.</source>
        <translation>La imagen ya está en esta región; cópiela dentro de la región.</translation>
    </message>
    <message>
        <source>Enter the project in the other region (e.g. cn-north-4).</source>
        <translation>Introduzca el proyecto en la otra región (p. ej., cn-north-4).</translation>
    </message>
    <message>
        <source>A project name has at most 64 characters and no spaces.</source>
        <translation>Un nombre de proyecto tiene como máximo 64 caracteres y ningún espacio.</translation>
    </message>
    <message>
        <source>Enter the IAM agency that lets IMS copy the image to the other region.</source>
        <translation>Introduzca la delegación de IAM que permite a IMS copiar la imagen a la otra región.</translation>
    </message>
    <message>
        <source>An agency name has at most 64 characters and no spaces.</source>
        <translation>Un nombre de delegación tiene como máximo 64 caracteres y ningún espacio.</translation>
    </message>
    <message>
        <source>A vault ID has the form of a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>El ID de un almacén tiene la forma de un UUID (8-4-4-4-12 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>A full-ECS image cannot be copied within its region.</source>
        <translation>Una imagen de ECS completo no se puede copiar dentro de su región.</translation>
    </message>
    <message>
        <source>A full-ECS image needs a vault (CBR) in the other region to be copied there.</source>
        <translation>Una imagen de ECS completo necesita un almacén (CBR) en la otra región para copiarse allí.</translation>
    </message>
    <message>
        <source>An encrypted image cannot be copied to another region.</source>
        <translation>Una imagen cifrada no se puede copiar a otra región.</translation>
    </message>
    <message>
        <source>The image has %1 GB; only images up to %2 GB can be copied.</source>
        <translation>La imagen tiene %1 GB; solo se pueden copiar imágenes de hasta %2 GB.</translation>
    </message>
</context>
<context>
    <name>ImageExportRequest</name>
    <message>
        <source>Enter the OBS bucket to export the image to.</source>
        <translation>Introduzca el bucket de OBS al que exportar la imagen.</translation>
    </message>
    <message>
        <source>A bucket name cannot contain a colon.</source>
        <translation>Un nombre de bucket no puede contener dos puntos.</translation>
    </message>
    <message>
        <source>Enter the name of the object to write in the bucket.</source>
        <translation>Introduzca el nombre del objeto que se escribirá en el bucket.</translation>
    </message>
    <message>
        <source>An object name has at most 1024 bytes.</source>
        <translation>Un nombre de objeto tiene como máximo 1024 bytes.</translation>
    </message>
    <message>
        <source>An object name does not start with a slash.</source>
        <translation>Un nombre de objeto no empieza por una barra.</translation>
    </message>
    <message>
        <source>A quick export keeps the image&apos;s own format: leave the format empty.</source>
        <translation>Una exportación rápida conserva el formato propio de la imagen: deje el formato vacío.</translation>
    </message>
    <message>
        <source>Choose the file format: one of %1.</source>
        <translation>Elija el formato de archivo: uno de %1.</translation>
    </message>
    <message>
        <source>A full-ECS image cannot be exported.</source>
        <translation>Una imagen de ECS completo no se puede exportar.</translation>
    </message>
    <message>
        <source>The image has %1 GB; only images under 1 TB can be exported.</source>
        <translation>La imagen tiene %1 GB; solo se pueden exportar imágenes de menos de 1 TB.</translation>
    </message>
    <message>
        <source>The image has %1 GB; above %2 GB only a quick export is possible.</source>
        <translation>La imagen tiene %1 GB; por encima de %2 GB solo es posible una exportación rápida.</translation>
    </message>
</context>
<context>
    <name>ImageJobKind</name>
    <message>
        <source>Copy Image…</source>
        <translation>Copiar imagen…</translation>
    </message>
    <message>
        <source>Export to OBS…</source>
        <translation>Exportar a OBS…</translation>
    </message>
    <message>
        <source>Exporting to OBS is an IMS action; this cloud&apos;s image service (Glance) has none.</source>
        <translation>Exportar a OBS es una acción de IMS; el servicio de imágenes de esta nube (Glance) no la tiene.</translation>
    </message>
    <message>
        <source>Copying an image is an IMS action; this cloud&apos;s image service (Glance) has none.</source>
        <translation>Copiar una imagen es una acción de IMS; el servicio de imágenes de esta nube (Glance) no la tiene.</translation>
    </message>
    <message>
        <source>Open Telekom Cloud&apos;s IMS has no copy to another region.</source>
        <translation>El IMS de Open Telekom Cloud no tiene copia a otra región.</translation>
    </message>
    <message>
        <source>This action needs the IMS API; the library uses Glance for this profile.</source>
        <translation>Esta acción necesita la API de IMS; la biblioteca usa Glance para este perfil.</translation>
    </message>
</context>
<context>
    <name>ImageJobRules</name>
    <message>
        <source>The image is %1; only an active image can be copied or exported.</source>
        <translation>La imagen está en estado %1; solo se puede copiar o exportar una imagen activa.</translation>
    </message>
    <message>
        <source>Only this project&apos;s private images can be copied or exported (this image is of type %1).</source>
        <translation>Solo se pueden copiar o exportar las imágenes privadas de este proyecto (esta imagen es de tipo %1).</translation>
    </message>
    <message>
        <source>Images made from ISO files cannot be copied or exported.</source>
        <translation>Las imágenes creadas a partir de archivos ISO no se pueden copiar ni exportar.</translation>
    </message>
</context>
<context>
    <name>ImagesJobCommand</name>
    <message>
        <source>Follow the cloud&apos;s job to its end (without it the command ends once the cloud took the job; the monitor follows it).</source>
        <translation>Seguir el trabajo de la nube hasta su final (sin esta opción, el comando termina cuando la nube acepta el trabajo; el monitor lo sigue).</translation>
    </message>
    <message>
        <source>With --wait: stop waiting after this many seconds (exit 4).</source>
        <translation>Con --wait: dejar de esperar tras estos segundos (código de salida 4).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>The copy&apos;s name (IMS image name rules).</source>
        <translation>El nombre de la copia (reglas de nombre de imagen de IMS).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The copy&apos;s description.</source>
        <translation>La descripción de la copia.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Copy within the region: encrypt the copy with this KMS key.</source>
        <translation>Copia dentro de la región: cifrar la copia con esta clave de KMS.</translation>
    </message>
    <message>
        <source>key-id</source>
        <translation>id-de-clave</translation>
    </message>
    <message>
        <source>Copy to this other region (Huawei Cloud); needs --project and --agency.</source>
        <translation>Copiar a esta otra región (Huawei Cloud); necesita --project y --agency.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>With --region: the project in that region that receives the copy.</source>
        <translation>Con --region: el proyecto de esa región que recibe la copia.</translation>
    </message>
    <message>
        <source>project-name</source>
        <translation>nombre-de-proyecto</translation>
    </message>
    <message>
        <source>With --region: the IAM agency IMS acts through.</source>
        <translation>Con --region: la delegación de IAM a través de la que actúa IMS.</translation>
    </message>
    <message>
        <source>agency-name</source>
        <translation>nombre-de-delegación</translation>
    </message>
    <message>
        <source>With --region: the CBR vault there (full-ECS images).</source>
        <translation>Con --region: el almacén de CBR allí (imágenes de ECS completo).</translation>
    </message>
    <message>
        <source>vault-id</source>
        <translation>id-de-almacén</translation>
    </message>
    <message>
        <source>The OBS bucket to write the image file to.</source>
        <translation>El bucket de OBS en el que escribir el archivo de imagen.</translation>
    </message>
    <message>
        <source>bucket</source>
        <translation>bucket</translation>
    </message>
    <message>
        <source>The object (file) name in the bucket.</source>
        <translation>El nombre del objeto (archivo) en el bucket.</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>The file format: qcow2, vhd, zvhd, vmdk or zvhd2.</source>
        <translation>El formato de archivo: qcow2, vhd, zvhd, vmdk o zvhd2.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Quick export: the image&apos;s own format (give no --format); needed above 128 GB.</source>
        <translation>Exportación rápida: el formato propio de la imagen (sin --format); necesaria por encima de 128 GB.</translation>
    </message>
    <message>
        <source>Copies an image within its region, or to another region, as a job of the cloud.</source>
        <translation>Copia una imagen dentro de su región, o a otra región, como un trabajo de la nube.</translation>
    </message>
    <message>
        <source>Exports an image to a file in an OBS bucket, as a job of the cloud.</source>
        <translation>Exporta una imagen a un archivo en un bucket de OBS, como un trabajo de la nube.</translation>
    </message>
    <message>
        <source>The request is not valid; nothing was sent:</source>
        <translation>La solicitud no es válida; no se envió nada:</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting after %n second(s); the cloud&apos;s job goes on.</source>
        <translation>
            <numerusform>Se dejó de esperar tras %n segundo; el trabajo de la nube continúa.</numerusform>
            <numerusform>Se dejó de esperar tras %n segundos; el trabajo de la nube continúa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent for image %1:</source>
        <translation>No se envió nada para la imagen %1:</translation>
    </message>
    <message>
        <source>The cloud runs job %1; &quot;imagewright watch %1&quot; follows it.</source>
        <translation>La nube ejecuta el trabajo %1; &quot;imagewright watch %1&quot; lo sigue.</translation>
    </message>
    <message>
        <source>The cloud reported the copy as done but named no new image. Look for it in the library.</source>
        <translation>La nube informó de que la copia terminó pero no nombró ninguna imagen nueva. Búsquela en la biblioteca.</translation>
    </message>
    <message>
        <source>The cloud&apos;s job is done.</source>
        <translation>El trabajo de la nube ha terminado.</translation>
    </message>
    <message>
        <source>The cloud&apos;s job failed: %1</source>
        <translation>El trabajo de la nube falló: %1</translation>
    </message>
</context>
<context>
    <name>ImageCopyDialog</name>
    <message>
        <source>Copy Image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>A new private image made from %1 (%2). The cloud copies it as a job; the job monitor follows it.</source>
        <translation>Una nueva imagen privada creada a partir de %1 (%2). La nube la copia como un trabajo; el monitor de trabajos lo sigue.</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Des&amp;tination:</source>
        <translation>Des&amp;tino:</translation>
    </message>
    <message>
        <source>This region</source>
        <translation>Esta región</translation>
    </message>
    <message>
        <source>This region (%1)</source>
        <translation>Esta región (%1)</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>Otra región</translation>
    </message>
    <message>
        <source>&amp;KMS key ID:</source>
        <translation>ID de clave de &amp;KMS:</translation>
    </message>
    <message>
        <source>Optional: encrypts the copy</source>
        <translation>Opcional: cifra la copia</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>The project there, e.g. cn-north-4</source>
        <translation>El proyecto allí, p. ej., cn-north-4</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Dele&amp;gación:</translation>
    </message>
    <message>
        <source>The IAM agency IMS acts through</source>
        <translation>La delegación de IAM a través de la que actúa IMS</translation>
    </message>
    <message>
        <source>&amp;Vault ID:</source>
        <translation>ID de &amp;almacén:</translation>
    </message>
    <message>
        <source>Optional; full-ECS images need one</source>
        <translation>Opcional; las imágenes de ECS completo lo necesitan</translation>
    </message>
</context>
<context>
    <name>ImageExportDialog</name>
    <message>
        <source>Export Image to OBS</source>
        <translation>Exportar imagen a OBS</translation>
    </message>
    <message>
        <source>Writes %1 (%2) as an image file into an OBS bucket of this region (of the Standard storage class). The cloud exports it as a job; the job monitor follows it.</source>
        <translation>Escribe %1 (%2) como archivo de imagen en un bucket de OBS de esta región (de la clase de almacenamiento Estándar). La nube lo exporta como un trabajo; el monitor de trabajos lo sigue.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>An OBS bucket name</source>
        <translation>Nombre de un bucket de OBS</translation>
    </message>
    <message>
        <source>&amp;Object name:</source>
        <translation>Nombre del &amp;objeto:</translation>
    </message>
    <message>
        <source>&amp;File format:</source>
        <translation>&amp;Formato de archivo:</translation>
    </message>
    <message>
        <source>&amp;Quick export (the image&apos;s own format; needed above 128 GB)</source>
        <translation>&amp;Exportación rápida (el formato propio de la imagen; necesaria por encima de 128 GB)</translation>
    </message>
</context>
<context>
    <name>ImageJobDialog</name>
    <message>
        <source>The cloud did not take the request: %1</source>
        <translation>La nube no aceptó la solicitud: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ImageDateFilter</name>
    <message>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>En los últimos 7 días</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>En los últimos 30 días</translation>
    </message>
    <message>
        <source>In the last 90 days</source>
        <translation>En los últimos 90 días</translation>
    </message>
    <message>
        <source>Between two days…</source>
        <translation>Entre dos fechas…</translation>
    </message>
    <message>
        <source>Crea&amp;ted:</source>
        <translation>Fec&amp;ha de creación:</translation>
    </message>
    <message>
        <source>Show only images created in this time (the cloud filters)</source>
        <translation>Mostrar solo las imágenes creadas en este periodo (filtra la nube)</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Creada ese día o después</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Creada ese día o antes</translation>
    </message>
    <message>
        <source>The first day (included)</source>
        <translation>El primer día (incluido)</translation>
    </message>
    <message>
        <source>The last day (included)</source>
        <translation>El último día (incluido)</translation>
    </message>
</context>
<context>
    <name>CreatedRange</name>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>El primer día no puede ser posterior al último.</translation>
    </message>
</context>
<context>
    <name>ObsBucketRules</name>
    <message>
        <source>Not an image file IMS imports: its name must end in one of %1.</source>
        <translation>No es un archivo de imagen que IMS importe: su nombre debe terminar en una de estas extensiones: %1.</translation>
    </message>
    <message>
        <source>Enter a name for the bucket.</source>
        <translation>Escriba un nombre para el bucket.</translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 characters; this one has %1.</source>
        <translation>Un nombre de bucket tiene de 3 a 63 caracteres; este tiene %1.</translation>
    </message>
    <message>
        <source>A bucket name can contain only lowercase letters, digits, hyphens (-) and periods (.).</source>
        <translation>Un nombre de bucket solo puede contener letras minúsculas, dígitos, guiones (-) y puntos (.).</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation>Un nombre de bucket empieza y termina con una letra o un dígito.</translation>
    </message>
    <message>
        <source>A bucket name cannot have two periods, or a period and a hyphen, next to each other.</source>
        <translation>Un nombre de bucket no puede tener dos puntos, ni un punto y un guion, uno junto al otro.</translation>
    </message>
    <message>
        <source>A bucket name cannot be an IP address.</source>
        <translation>Un nombre de bucket no puede ser una dirección IP.</translation>
    </message>
</context>
<context>
    <name>ObsObjectLister</name>
    <message>
        <source>The bucket list has not been read yet.</source>
        <translation>La lista de buckets aún no se ha leído.</translation>
    </message>
</context>
<context>
    <name>ObsObjectPicker</name>
    <message>
        <source>Folder: double-click or Enter opens it</source>
        <translation>Carpeta: doble clic o Intro para abrirla</translation>
    </message>
    <message>
        <source>IMS can import it</source>
        <translation>IMS puede importarlo</translation>
    </message>
    <message>
        <source>Reading the objects from OBS…</source>
        <translation>Leyendo los objetos desde OBS…</translation>
    </message>
    <message>
        <source>The objects of %1 could not be listed: %2 Type the file below as %1:file instead.</source>
        <translation>No se pudieron listar los objetos de %1: %2 Escriba el archivo abajo como %1:archivo.</translation>
    </message>
    <message>
        <source>Without the bucket list, type the image file below as bucket:file.</source>
        <translation>Sin la lista de buckets, escriba el archivo de imagen abajo como bucket:archivo.</translation>
    </message>
    <message>
        <source>Choose a bucket to see its objects.</source>
        <translation>Elija un bucket para ver sus objetos.</translation>
    </message>
    <message>
        <source>The bucket holds no objects.</source>
        <translation>El bucket no contiene objetos.</translation>
    </message>
    <message>
        <source>No object name starts with “%1”.</source>
        <translation>Ningún nombre de objeto empieza por «%1».</translation>
    </message>
    <message>
        <source>The bucket holds more objects: Load More lists the next ones, or narrow the list with a prefix.</source>
        <translation>El bucket contiene más objetos: Listar más muestra los siguientes, o acote la lista con un prefijo.</translation>
    </message>
    <message>
        <source>Fo&amp;lder or prefix:</source>
        <translation>Carpeta o pre&amp;fijo:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <comment>example of an OBS prefix</comment>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>Object</source>
        <comment>OBS object name column</comment>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>whether IMS can import the object</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Load M&amp;ore</source>
        <translation>&amp;Listar más</translation>
    </message>
    <message>
        <source>List the next objects of the bucket</source>
        <translation>Listar los siguientes objetos del bucket</translation>
    </message>
</context>
<context>
    <name>UploadLease</name>
    <message>
        <source>another process</source>
        <translation>otro proceso</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (proceso %2 en %3)</translation>
    </message>
    <message>
        <source>the lock file %1 could not be written</source>
        <translation>no se pudo escribir el archivo de bloqueo %1</translation>
    </message>
</context>
<context>
    <name>ObsBucketCreator</name>
    <message>
        <source>The name %1 is taken: OBS bucket names are unique across all accounts. Choose another name.</source>
        <translation>El nombre %1 ya está en uso: los nombres de bucket de OBS son únicos entre todas las cuentas. Elija otro nombre.</translation>
    </message>
    <message>
        <source>This account has as many buckets as OBS allows. Use one of them, or delete one you no longer need.</source>
        <translation>Esta cuenta tiene tantos buckets como permite OBS. Use uno de ellos o elimine uno que ya no necesite.</translation>
    </message>
    <message>
        <source>OBS does not accept %1 as a bucket name: %2</source>
        <translation>OBS no acepta %1 como nombre de bucket: %2</translation>
    </message>
    <message>
        <source>OBS cannot create a bucket in region %1 at this endpoint.</source>
        <translation>OBS no puede crear un bucket en la región %1 en este endpoint.</translation>
    </message>
    <message>
        <source>This account may not create buckets: %1</source>
        <translation>Esta cuenta no puede crear buckets: %1</translation>
    </message>
    <message>
        <source>The bucket list has not been read from OBS yet.</source>
        <translation>La lista de buckets aún no se ha leído de OBS.</translation>
    </message>
</context>
<context>
    <name>CreateBucketDialog</name>
    <message>
        <source>Creating the bucket %1…</source>
        <translation>Creando el bucket %1…</translation>
    </message>
    <message>
        <source>Create OBS Bucket</source>
        <translation>Crear bucket de OBS</translation>
    </message>
    <message>
        <source>The bucket is created in the profile&apos;s region %1 with the Standard storage class, so IMS can import from it. Its name must be unique across all OBS accounts.</source>
        <translation>El bucket se crea en la región %1 del perfil con la clase de almacenamiento estándar, de modo que IMS puede importar desde él. Su nombre debe ser único entre todas las cuentas de OBS.</translation>
    </message>
    <message>
        <source>Bucket &amp;name:</source>
        <translation>&amp;Nombre del bucket:</translation>
    </message>
    <message>
        <source>3–63 lowercase letters, digits, hyphens or periods</source>
        <translation>3–63 letras minúsculas, dígitos, guiones o puntos</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <comment>create the bucket</comment>
        <translation>&amp;Crear</translation>
    </message>
</context>
<context>
    <name>EnvironmentJobsNotice</name>
    <message>
        <source>Sign &amp;In for These Jobs…</source>
        <translation>&amp;Iniciar sesión para estos trabajos…</translation>
    </message>
    <message>
        <source>Make a saved profile for the jobs submitted with these OS_* variables. You enter the password once; it is kept in the system keychain.</source>
        <translation>Crea un perfil guardado para los trabajos enviados con estas variables OS_*. La contraseña se introduce una sola vez y se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>This job is not followed: it was submitted with OS_* variables that no saved profile matches. A saved profile with the same auth URL, user, project and region follows every job of those variables.</source>
        <translation>Este trabajo no se sigue: se envió con variables OS_* que no coinciden con ningún perfil guardado. Un perfil guardado con la misma URL de autenticación, usuario, proyecto y región sigue todos los trabajos de esas variables.</translation>
    </message>
    <message>
        <source>The version that submitted it kept no connection data: enter the auth URL, user, project and region it was submitted with.</source>
        <translation>La versión que lo envió no guardó los datos de conexión: introduzca la URL de autenticación, el usuario, el proyecto y la región con los que se envió.</translation>
    </message>
    <message>
        <source>Sign In for These &amp;Jobs…</source>
        <comment>Job menu</comment>
        <translation>Iniciar sesión para estos &amp;trabajos…</translation>
    </message>
</context>
<context>
    <name>QueryConnections</name>
    <message>
        <extracomment>%1 = a size in MiB</extracomment>
        <source>the answer is larger than %1 MiB</source>
        <translation>la respuesta supera los %1 MiB</translation>
    </message>
</context>
</TS>
